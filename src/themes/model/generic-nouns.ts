/**
 * Generic nouns: words for time, quantity and people, and for having a complaint, that appear in
 * feedback on any topic ("time", "day", "people", "issue", "problem"). Alone they never head a theme ("waiting time" or "delivery time" may still be
 * phrases of one). A general English list, not topic words.
 */
export const genericNouns: readonly string[] = [
  'time', 'times', 'day', 'days', 'week', 'weeks', 'month', 'months', 'year', 'years', 'hour', 'hours', 'minute',
  'minutes', 'moment', 'people', 'person', 'persons', 'guy', 'guys', 'man', 'men', 'woman', 'women', 'way', 'ways', 'kind',
  'sort', 'type', 'reason', 'fact', 'point', 'part', 'end', 'start', 'side', 'number', 'lot', 'lots', 'bit', 'thing',
  'things', 'stuff', 'something', 'anything', 'everything', 'nothing', 'review', 'reviews', 'star', 'stars', 'rating',
  // words for having a complaint, which say nothing of what it is about ("the issue", "my complaint", "this matter")
  'issue', 'issues', 'problem', 'problems', 'complaint', 'complaints', 'situation', 'matter', 'matters', 'case', 'concern',
  'concerns',
];
