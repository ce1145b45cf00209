/**
 * Export layouts cx knows by their header. A layout matches when every header in its signature
 * is present (case, spaces and punctuation ignored); its roles name the columns to take, first
 * present wins, each still checked against the values. Survey tools that name questions by the
 * analyst's wording (Qualtrics, SurveyMonkey, Typeform, Hotjar) only fix the id and date; the
 * question columns are found by the general rules (header words, then values).
 */

export type LayoutRoles = {
  readonly text?: readonly string[];
  readonly id?: readonly string[];
  readonly date?: readonly string[];
  readonly rating?: readonly string[];
  readonly nps?: readonly string[];
  readonly csat?: readonly string[];
  /** A 0-10 or 1-5 score whose values decide: NPS when it uses 0 or 6-10, else CSAT. */
  readonly score?: readonly string[];
  readonly segments?: readonly string[];
};

export type Layout = {
  readonly name: string;
  readonly signature: readonly string[];
  /** Signature headers every help desk writes (Subject, Status, Created at): only a full match names the layout. */
  readonly fullMatchOnly?: boolean;
  readonly roles: LayoutRoles;
};

export const LAYOUTS: readonly Layout[] = [
  {
    name: 'Google Play scraper',
    signature: ['reviewId', 'content', 'score', 'at'],
    roles: { text: ['content'], id: ['reviewId'], date: ['at'], rating: ['score'] },
  },
  {
    name: 'Google Play Console reviews',
    signature: ['Package Name', 'Star Rating', 'Review Text'],
    roles: {
      text: ['Review Text'],
      date: ['Review Submit Date and Time', 'Review Last Update Date and Time'],
      rating: ['Star Rating'],
      segments: ['Reviewer Language', 'App Version Name', 'Device'],
    },
  },
  {
    name: 'App Store Connect / app-store-scraper',
    signature: ['userName', 'version', 'score', 'title', 'text'],
    roles: { text: ['text'], id: ['id'], date: ['updated', 'date'], rating: ['score'], segments: ['version'] },
  },
  {
    name: 'App Store scraper (Python)',
    signature: ['date', 'review', 'rating', 'title', 'userName'],
    roles: { text: ['review'], date: ['date'], rating: ['rating'] },
  },
  {
    name: 'App Store reviews export',
    signature: ['Territory', 'Rating', 'Title', 'Review'],
    roles: { text: ['Review'], date: ['Date', 'Last Modified'], rating: ['Rating'], segments: ['Territory', 'Version', 'App Version'] },
  },
  {
    name: 'Trustpilot',
    signature: ['Review Content', 'Review Stars'],
    roles: {
      text: ['Review Content'],
      id: ['Review Id'],
      date: ['Review Created (UTC)', 'Review Date'],
      rating: ['Review Stars'],
      segments: ['Source Of Review', 'Review Language', 'Location Name'],
    },
  },
  {
    name: 'Zendesk tickets',
    signature: ['Requester', 'Subject', 'Created at', 'Status'],
    fullMatchOnly: true,
    roles: {
      text: ['Description', 'Subject'],
      id: ['Id', 'Ticket ID'],
      date: ['Created at'],
      segments: ['Via', 'Group', 'Ticket type', 'Priority'],
    },
  },
  {
    name: 'Intercom conversations',
    signature: ['Conversation ID', 'Conversation rating'],
    roles: {
      text: ['Conversation rating remark', 'First message', 'Conversation first message'],
      id: ['Conversation ID'],
      date: ['Conversation started at', 'Created at', 'Conversation created at'],
      rating: ['Conversation rating'],
      segments: ['Channel', 'Source type', 'Team assigned'],
    },
  },
  {
    name: 'Qualtrics',
    signature: ['StartDate', 'EndDate', 'ResponseId'],
    roles: { id: ['ResponseId'], date: ['RecordedDate', 'EndDate'] },
  },
  {
    name: 'SurveyMonkey',
    signature: ['Respondent ID', 'Collector ID', 'Start Date', 'End Date'],
    roles: { id: ['Respondent ID'], date: ['End Date'] },
  },
  {
    name: 'Medallia',
    signature: ['Survey ID', 'Response Date'],
    roles: {
      text: ['Likelihood to Recommend Comment', 'LTR Comment', 'Comments', 'Overall Comment'],
      id: ['Survey ID'],
      date: ['Response Date'],
      nps: ['Likelihood to Recommend', 'LTR', 'Likelihood to Recommend (0-10)'],
      csat: ['Overall Satisfaction', 'OSAT'],
      segments: ['Unit', 'Region', 'Channel'],
    },
  },
  {
    name: 'Typeform',
    signature: ['#', 'Submit Date (UTC)', 'Network ID'],
    roles: { id: ['#'], date: ['Submit Date (UTC)', 'Start Date (UTC)'] },
  },
  {
    name: 'Delighted',
    signature: ['Response ID', 'Score', 'Comment', 'Response Timestamp'],
    roles: {
      text: ['Comment'],
      id: ['Response ID'],
      date: ['Response Timestamp', 'Created At'],
      score: ['Score'],
      segments: ['Survey Type', 'Channel'],
    },
  },
  {
    name: 'Hotjar feedback',
    signature: ['Date Submitted', 'Source URL', 'Message'],
    roles: { text: ['Message'], id: ['Number'], date: ['Date Submitted'], rating: ['Emotion (1-5)', 'Emotion'], segments: ['Device', 'Country'] },
  },
  {
    name: 'Hotjar survey',
    signature: ['Date Submitted', 'Source URL', 'Hotjar User ID'],
    roles: { id: ['Number'], date: ['Date Submitted'], segments: ['Device', 'Country'] },
  },
  {
    name: 'Datafiniti product reviews',
    signature: ['reviews.text', 'reviews.rating', 'reviews.date'],
    roles: {
      text: ['reviews.text'],
      id: ['reviews.id'],
      date: ['reviews.date'],
      rating: ['reviews.rating'],
      segments: ['brand', 'primaryCategories'],
    },
  },
  {
    name: 'Yelp reviews',
    signature: ['review_id', 'business_id', 'stars', 'text'],
    roles: { text: ['text'], id: ['review_id'], date: ['date'], rating: ['stars'] },
  },
  {
    name: 'Google Maps reviews (Outscraper)',
    signature: ['review_text', 'review_rating', 'review_datetime_utc'],
    roles: { text: ['review_text'], id: ['review_id'], date: ['review_datetime_utc'], rating: ['review_rating'], segments: ['name'] },
  },
  {
    name: 'Google Maps reviews (Apify)',
    signature: ['reviewId', 'stars', 'text', 'publishedAtDate'],
    roles: { text: ['text'], id: ['reviewId'], date: ['publishedAtDate'], rating: ['stars'], segments: ['title'] },
  },
];
