/** CSL styles and locales imported as text (`?raw`), as Vite and Vitest load them. */
declare module '*.csl?raw' {
  const text: string;
  export default text;
}
declare module '*.xml?raw' {
  const text: string;
  export default text;
}
