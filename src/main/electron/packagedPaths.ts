/** Where electron-builder puts the built-in cases inside the installed app's resources folder. */
export const PACKAGED_CASES_FOLDER = 'cases';
