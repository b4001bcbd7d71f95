/** Copies a PNG to the clipboard, or says plainly why it could not. */

export async function copyPngToClipboard(png: Promise<Blob>): Promise<void> {
  if (typeof ClipboardItem === 'undefined' || !navigator.clipboard?.write) {
    throw new Error('this window cannot put images on the clipboard; export a PNG file instead');
  }
  try {
    // The item takes the promise, so the copy stays tied to the click while the PNG is drawn.
    await navigator.clipboard.write([new ClipboardItem({ 'image/png': png })]);
  } catch (error) {
    const name = (error as { name?: string }).name;
    if (name === 'NotAllowedError') {
      throw new Error(
        'the clipboard refused the image (permission denied); export a PNG file instead',
        { cause: error },
      );
    }
    throw new Error(`the clipboard refused the image (${(error as Error).message || name})`, {
      cause: error,
    });
  }
}
