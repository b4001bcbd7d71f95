/** IPC channel names, derived from contract names. */
export const CHANNEL_PREFIX = 'diptych:';

export function methodChannel(name: string): string {
  return `${CHANNEL_PREFIX}${name}`;
}

export function eventChannel(name: string): string {
  return `${CHANNEL_PREFIX}event:${name}`;
}
