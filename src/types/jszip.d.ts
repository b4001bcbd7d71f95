/**
 * `docx`'s declarations name JSZip in one input type, and `jszip`'s own declarations reference
 * Node's types, which the renderer must not see; tsconfig.web.json maps `jszip` here instead.
 * Diptych never hands docx a JSZip object, so an opaque class is all it needs.
 */
export default class JSZip {
  private readonly opaque: never;
}
