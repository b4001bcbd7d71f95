/**
 * zod compiles fast paths with `new Function` unless told not to; the workbench's CSP forbids
 * eval, so every page and the preload run zod jitless. Import this before any schema parses.
 */
import { z } from 'zod';

z.config({ jitless: true });
