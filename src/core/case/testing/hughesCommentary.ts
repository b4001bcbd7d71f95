/** The commentary the shipped case is built on, as a source with an inferred date and no URL. */
import type { Source } from '../schema';

export const hughesCommentary: Source = {
  id: 'hughes-rsis',
  type: 'commentary',
  authors: [{ family: 'Hughes', given: 'Christopher W.' }],
  title: "Japan's International Strategy and the Challenges of Trump 2.0",
  publisher: 'S. Rajaratnam School of International Studies (RSIS)',
  containerTitle: 'RSIS Commentary',
  date: { notBefore: '2025-03', inferred: true, note: 'No date stated.' },
};
