/**
 * The check of every answer from the browser host, loaded with the first one: zod, configured
 * before any schema is built (its chunk holds that line too), and the contract's envelope.
 */
import '../../../core/zodConfig';

export { unwrap } from '../../../core/api/client';
