/** A journal article with volume, issue and pages: the item every citation style must render in full. */
import type { CslItem } from '../cslItem';

export const smithArticle: CslItem = {
  id: 'smith2019',
  type: 'article-journal',
  title: 'Alliance Politics in East Asia',
  author: [{ family: 'Smith', given: 'Jane' }],
  'container-title': 'International Security',
  volume: '43',
  issue: '2',
  page: '7-44',
  issued: { 'date-parts': [[2019]] },
};
