/** The window sizes the workbench must work at: the laptops its users have, and a desktop. */
export const LAPTOP_SIZES = [
  { width: 1024, height: 700 },
  { width: 1280, height: 720 },
  { width: 1440, height: 900 },
  { width: 1920, height: 1080 },
] as const;
