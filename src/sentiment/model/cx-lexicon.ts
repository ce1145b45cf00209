/**
 * CX domain lexicon: words and phrases whose polarity in customer feedback differs from general text, or that
 * general lexicons (AFINN-165, VADER) miss although they are clearly evaluative in feedback. Valences use the
 * VADER scale (−4 … +4; "good" is 1.9, "great" 3.1, "bad" −2.5, "horrible" −2.5). Entries override the general
 * lexicons. Phrases are matched on normalised tokens (lower case, straight apostrophes), longest first, and
 * are not negated again (a phrase that contains a negation already carries its polarity).
 *
 * Written by hand from knowledge of support tickets, survey verbatims and product reviews — not fitted to any
 * evaluation set. To add a domain word: append `[term, valence], // reason` (one reason per entry).
 */
export const cxLexicon: ReadonlyArray<readonly [term: string, valence: number]> = [
  // ── speed and timeliness ──
  ['delayed', -1.6], // a delay is a broken promise in delivery and travel; general lexicons rate it barely negative
  ['delay', -1.3], // noun, same reason
  ['delays', -1.3], // plural
  ['late', -1.3], // "late delivery"; neutral in general text ("late evening")
  ['slow', -1.4], // speed is a core service attribute; missing from AFINN and VADER
  ['slower', -1.2], // comparative of slow
  ['slowly', -0.8], // "responds slowly"
  ['sluggish', -1.4], // apps and sites
  ['laggy', -1.4], // apps and games
  ['lag', -1.0], // "so much lag"
  ['forever', -0.5], // "took forever", "forever to load": mostly waiting complaints in feedback
  ['quick', 1.3], // fast service is praised; neutral in general text
  ['quickly', 0.5], // "resolved quickly" is praise, but "battery runs down quickly", "broke quickly" are not
  ['fast', 1.3], // "fast delivery"; missing from both lexicons
  ['faster', 0.8], // comparative, often praise ("faster than expected")
  ['speedy', 1.6], // "speedy delivery"
  ['prompt', 1.4], // "prompt reply"
  ['promptly', 1.3], // "answered promptly"
  ['swift', 1.4], // "swift resolution"
  ['efficient', 1.6], // service praise
  ['on time', 1.3], // punctual delivery is a positive outcome in feedback
  ['arrived early', 1.6], // delivery beat the promise
  ['ahead of schedule', 1.6], // same
  ['next day', 0.6], // "arrived next day": speed praise
  ['still waiting', -2.2], // unresolved issue after a wait
  ['had to wait', -1.4], // effort and delay
  ['long wait', -1.6], // queue complaints
  ['wait time', -0.6], // usually mentioned when it was long
  ['wait times', -0.6], // plural
  ['on hold', -1.5], // phone hold time is a top complaint
  ['took forever', -2.0], // waiting complaint
  ['takes forever', -2.0], // waiting complaint
  ['taking forever', -2.0], // waiting complaint
  ['too long', -1.2], // "took too long"
  ['no response', -2.0], // ignored by the company
  ['no reply', -2.0], // same
  ['no answer', -1.6], // same
  ['never heard back', -2.0], // same
  ['never arrived', -2.5], // lost order
  ['never received', -2.3], // lost order or refund
  ['never came', -2.0], // lost order or technician no-show
  ['not received', -2.0], // same
  ['not arrived', -2.0], // same
  ['never again', -2.5], // churn statement
  // ── money ──
  ['refund', -0.5], // asking for money back signals dissatisfaction, mildly
  ['refunds', -0.5], // plural
  ['charged twice', -2.5], // billing error
  ['double charged', -2.5], // billing error
  ['overcharged', -2.3], // billing error
  ['hidden fees', -2.0], // unexpected cost
  ['hidden charges', -2.0], // unexpected cost
  ['overpriced', -1.8], // price complaint
  ['expensive', -1.0], // price complaint; neutral in general text
  ['pricey', -0.8], // mild price complaint
  ['affordable', 1.3], // price praise
  ['value for money', 1.6], // price praise
  ['waste of money', -3.0], // strong regret
  ['waste of time', -2.6], // strong regret
  ['charges', -0.3], // billing noun: AFINN's −2 (criminal charges) overstates it in bills
  ['charged', -0.5], // "I was charged" is a mild complaint; AFINN's −3 is for accusations
  ['credit', 0], // "store credit", "credit card": a payment method, not praise
  ['pay', 0], // "pay by card": neutral in commerce
  // ── product and service quality ──
  ['broken', -2.2], // product arrived or became unusable
  ['damaged', -2.0], // goods damaged in transit
  ['faulty', -2.0], // defect
  ['defective', -2.2], // defect
  ['crashes', -1.8], // app stability
  ['crashed', -1.8], // app stability
  ['crashing', -1.8], // app stability
  ['buggy', -1.8], // software quality
  ['glitch', -1.2], // software quality
  ['glitchy', -1.6], // software quality
  ['freezes', -1.4], // app hangs
  ['froze', -1.4], // app hung
  ['not working', -2.0], // the product fails its purpose
  ['stopped working', -2.3], // failure after a while
  ["doesn't work", -2.0], // failure
  ["didn't work", -1.8], // failure
  ["won't work", -1.8], // failure
  ['fell apart', -2.2], // poor build quality
  ['falls apart', -2.2], // poor build quality
  ['not as described', -2.0], // misleading listing
  ['out of stock', -1.2], // availability disappointment
  ['sold out', -0.8], // availability disappointment
  ['missing', -1.4], // "items missing from my order"
  ['unresponsive', -1.8], // app or staff not responding
  ['works', 0.8], // "it works" is praise for a product; neutral in general text
  ['worked', 0.5], // "worked as expected"
  ['works great', 2.2], // explicit praise
  ['works well', 1.8], // explicit praise
  ['reliable', 1.5], // product praise
  ['sturdy', 1.3], // build quality praise
  ['well made', 1.8], // build quality praise
  ['well-made', 1.8], // hyphenated form
  ['flimsy', -1.6], // build quality complaint
  ['intuitive', 1.6], // usability praise
  ['seamless', 1.8], // usability praise
  ['smooth', 1.2], // "smooth checkout"
  ['easy to use', 2.0], // usability praise
  ['easy to set up', 1.8], // usability praise
  ['user-friendly', 1.8], // usability praise
  ['user friendly', 1.8], // usability praise
  ['hassle-free', 2.0], // low effort
  ['hassle free', 2.0], // low effort
  ['hassle', -1.4], // effort complaint
  ['painless', 1.6], // low effort
  ['confusing', -1.6], // effort complaint
  ['complicated', -1.2], // effort complaint
  ['clunky', -1.5], // usability complaint
  ['a joke', -2.0], // "this service is a joke": derision, though "joke" is positive in general lexicons
  // ── support and staff ──
  ['rude', -2.3], // staff behaviour
  ['unhelpful', -2.0], // staff behaviour
  ['unprofessional', -2.0], // staff behaviour
  ['helpful', 1.9], // staff praise
  ['knowledgeable', 1.6], // staff praise
  ['courteous', 1.8], // staff praise
  ['polite', 1.5], // staff praise
  ['responsive', 1.2], // support praise
  ['resolved', 1.5], // issue closed: the outcome customers want
  ['solved', 1.4], // same
  ['fixed', 1.0], // same
  ['sorted', 0.8], // "got it sorted" (British usage)
  ['hung up', -2.0], // agent ended the call
  ['runaround', -2.0], // passed between departments
  ['run around', -1.8], // same
  ['above and beyond', 2.5], // exceptional service
  ['extra mile', 2.3], // exceptional service
  // ── neutralised: common in feedback, but not opinions there ──
  ['help', 0], // customers ask for help; the request carries no opinion ("helpful" keeps its valence)
  ['support', 0], // the name of a department ("contacted support")
  ['care', 0], // "customer care" department
  ['please', 0], // politeness marker in requests
  ['pls', 0], // same
  ['plz', 0], // same
  ['dear', 0], // salutation ("Dear team")
  ['kind regards', 0], // sign-off
  ['best regards', 0], // sign-off
  ['thanks in advance', 0], // politeness in a request, not praise
  ['customer service', 0], // department name
  ['want', 0], // states a need ("I want to return"), not satisfaction
  // ── ratings written in words ──
  ['five stars', 2.5], // explicit top rating
  ['5 stars', 2.5], // explicit top rating
  ['one star', -2.5], // explicit bottom rating
  ['1 star', -2.5], // explicit bottom rating
  ['zero stars', -3.0], // explicit bottom rating
  ['0 stars', -3.0], // explicit bottom rating
  ['highly recommend', 2.8], // strong endorsement
  ['would recommend', 2.0], // endorsement
  ["can't wait", 1.5], // anticipation, though it contains a negation
  ['cant wait', 1.5], // same, without apostrophe
  ['cannot wait', 1.5], // same
  ["can't complain", 1.2], // idiom: satisfied
  ['no complaints', 1.6], // idiom: satisfied
  ['no problems', 1.5], // idiom: satisfied
  ['no issues', 1.5], // idiom: satisfied
  ['no problem', 0.8], // "no problem" as a reply: mildly positive
  // ── added: failures and judgements general lexicons miss or underrate ──
  ['cancelled', -1.4], // order or booking cancelled by the company
  ['canceled', -1.4], // US spelling
  ['issue', -0.8], // in feedback "an issue" is a problem ("the issue" of a magazine is rare here)
  ['issues', -0.8], // plural
  ['error', -1.2], // a failure the customer hit
  ['errors', -1.2], // plural
  ['bug', -1.1], // software fault
  ['bugs', -1.2], // plural
  ['wrong', -1.6], // wrong item, size or charge
  ['poor', -2.0], // quality judgement (VADER rates it mildly)
  ['mediocre', -1.3], // quality judgement
  ['ok', 0.3], // "it was ok": lukewarm in a review, not praise
  ['okay', 0.3], // same
  ['junk', -2.2], // product judgement
  ['piece of junk', -2.8], // product judgement
  ['piece of crap', -2.8], // product judgement
  ['useless', -2.2], // product or staff judgement
  ['scam', -2.8], // fraud accusation
  ['rip off', -2.6], // price or fraud complaint
  ['ripped off', -2.6], // same
  ['transferred', -0.6], // passed between agents
  ['chasing', -0.8], // the customer has to chase the company
  ['you get what you pay for', -1.2], // idiom: low price explains low quality
  ['no stars', -2.5], // explicit bottom rating
  ['no star', -2.5], // same
  ['high quality', 2.0], // product praise; "quality" alone is an attribute noun
  ['top quality', 2.2], // same
  ['great quality', 2.6], // same
  ['low quality', -2.0], // product complaint
  ['poor quality', -2.2], // product complaint
  ['cheap quality', -1.8], // product complaint
  ['cheaply made', -1.8], // product complaint
  ['quality', 0], // an attribute noun in reviews ("the quality is poor"); general lexicons rate it +
  ['fit', 0], // "bad fit", "the fit is tight": an attribute noun; general lexicons rate it +
  ['big', 0], // size: "too big" is a complaint, "big screen" praise; leave it to context
  ['avoid', -1.6], // "avoid this seller": a warning in reviews
  ["don't buy", -2.2], // warning to other buyers
  ['do not buy', -2.2], // same
  ['dont buy', -2.2], // same
  ['save your money', -2.2], // warning to other buyers
  ['keep looking', -1.0], // "if you want a good one, keep looking"
  ['give up', -1.2], // the customer abandons ("giving" alone is positive in VADER)
  ['gave up', -1.4], // same
  ['giving up', -1.2], // same
  ['player', 0], // a device ("MP3 player"), not approval
  ['party', 0], // "the other party", "third party": not celebration in feedback
  ['looking forward', 1.6], // anticipation ("looking forward to my next order")
  ['must have', 2.0], // "a must have": strong product endorsement
  ['must-have', 2.0], // hyphenated
  ['gets the job done', 1.4], // adequate product
  ['got the job done', 1.4], // same
  ['does the job', 1.2], // same
  ["can't beat", 2.0], // "can't beat the price": best value, though it contains a negation
  ['cant beat', 2.0], // same
  ['exactly what i wanted', 2.0], // expectation met
  ['exactly what i needed', 2.0], // same
  ['just what i needed', 2.0], // same
  ['timely', 1.3], // "timely delivery/response"
  ['effortless', 1.8], // low effort
  ['rocks', 2.0], // slang praise ("this app rocks")
  ['sharp', 0.8], // "sharp picture/display" in product reviews
  ['send it back', -1.5], // returning the product
  ['sending it back', -1.5], // same
  ['sent it back', -1.5], // same
  ['return it', -1.2], // same ("I'd like to return it")
  ['returned it', -1.4], // same
  ['returning it', -1.4], // same
  ['returned', -0.6], // mostly a product sent back
  ['money back', -1.5], // "I want my money back"
  ['piece of trash', -2.8], // product judgement
  ['nothing happens', -1.6], // device fault
  ['unusable', -2.2], // product failure; missing from AFINN and VADER
  ['cumbersome', -1.5], // usability complaint
  ['buyer beware', -2.2], // warning to other buyers
  ['good grief', -1.0], // exasperation, though "good" is positive
  // ── common complaint and praise words that neither AFINN nor VADER rates ──
  ['nightmare', -2.5], // "returns were a nightmare"
  ['shambles', -2.4], // "the whole process is a shambles"
  ['shoddy', -2.0], // workmanship
  ['shabby', -1.6], // condition of goods or premises
  ['faff', -1.2], // British: needless effort
  ['fiddly', -1.0], // awkward to use
  ['disgraceful', -2.6], // strong complaint
  ['abysmal', -2.8], // strong complaint
  ['subpar', -1.8], // below standard
  ['sub-par', -1.8], // same
  ['unreliable', -1.8], // product or service
  ['outdated', -1.0], // app or product
  ['overcomplicated', -1.4], // effort
  ['fobbed off', -2.2], // British: support dismissed the customer
  ['scammed', -2.8], // fraud
  ['misled', -2.0], // misleading sales
  ['hidden', 0], // neutral alone; "hidden fees" is its own entry
  ['rip-off', -2.6], // price or fraud complaint
  ['declined', -1.0], // "card declined", "claim declined"
  ['downtime', -1.4], // service outage
  ['leaky', -1.5], // product fault
  ['smelly', -1.6], // hygiene
  ['stale', -1.4], // food freshness
  ['soggy', -1.4], // food
  ['lukewarm', -1.0], // food or reception
  ['overcooked', -1.3], // food
  ['greasy', -1.0], // food
  ['understaffed', -1.6], // service capacity
  ['crowded', -0.8], // venue
  ['immaculate', 2.4], // cleanliness
  ['accommodating', 1.8], // staff attitude
  ['professional', 1.4], // staff attitude
  ['top-notch', 2.6], // quality praise
  ['top notch', 2.6], // same
  ['comfy', 1.6], // comfort
  ['promised', 0], // a promise is mentioned in feedback mostly when it was broken ("the date you promised")
  ['plus side', 1.0], // "on the plus side"
  ['upside', 0.8], // "the upside is"
  ['last for years', 1.6], // durability
  ['honestly', 0], // a discourse adverb ("honestly shocking"), not praise; used as an intensifier instead
  ['waited', -0.8], // a reported wait
  ['waiting', -0.5], // same, milder ("waiting for my order")
  ['pending', -0.4], // "refund still pending"
  ['scratch', -1.2], // damaged goods
  ['scratched', -1.4], // same
  ['scratches', -1.2], // same
  ['dent', -1.2], // same
  ['dented', -1.4], // same
  ['stained', -1.4], // same
  ['torn', -1.4], // same
  ['cracked', -1.6], // same
  ['came undone', -1.6], // product came apart
  ['came apart', -2.0], // same
  ['blank screen', -1.6], // app failure
  ['blank white screen', -1.8], // same
  ['going elsewhere', -2.0], // churn statement
  ['go elsewhere', -1.8], // same
  ['shop elsewhere', -2.0], // same
  ['somewhere else', -0.8], // "bought one somewhere else": the sale was lost
  ['taking my business elsewhere', -2.4], // churn statement
  ['had to', -0.6], // customer effort ("had to call three times")
  ['earlier than expected', 1.8], // promise beaten
  ['sooner than expected', 1.8], // same
  ['faster than expected', 2.0], // same
  // ── fit, size and build quality (clothing and product reviews) ──
  ['runs small', -1.2], // a sizing complaint: the buyer had to return or size up
  ['run small', -1.2], // same
  ['runs large', -1.0], // same
  ['runs big', -1.0], // same
  ['run large', -1.0], // same
  ['run big', -1.0], // same
  ['too small', -1.2], // a fit complaint ("too" alone is only a degree word)
  ['too big', -1.2], // same
  ['too tight', -1.3], // same
  ['too short', -1.0], // same
  ['too large', -1.0], // same
  ['gape', -1.2], // "the neckline gapes": a fit complaint
  ['gapes', -1.2], // same
  ['gaping', -1.0], // same
  ['huge', 0], // size, not praise ("arm holes are huge", "a huge problem"); VADER rates it +1.3
  ['cheap', 0], // price praise or a quality complaint ("feels cheap"): the phrases below decide; Pattern rates it +1
  ['feels cheap', -1.6], // build-quality complaint
  ['looks cheap', -1.6], // same
  ['cheap material', -1.6], // same
  ['not worth', -1.8], // "not worth the price": value complaint, whatever follows
  ['convenient', 1.5], // convenience is praised in service feedback; missing from AFINN and VADER
  ['conveniently', 0.8], // "conveniently located"
  // ── idioms of a let-down (reviews of any product or service; none is in AFINN or VADER as a phrase) ──
  ['falls flat', -2.0], // "the jokes fall flat": a failed attempt
  ['fell flat', -2.0], // same
  ['fall flat', -2.0], // same
  ['falling flat', -2.0], // same
  ['falls short', -1.8], // "falls short of expectations"
  ['fell short', -1.8], // same
  ['fall short', -1.8], // same
  ['falling short', -1.8], // same
  ['fall apart', -2.2], // as "falls apart"
  ['falling apart', -2.2], // same
  ['runs out of steam', -1.5], // loses momentum
  ['ran out of steam', -1.5], // same
  ['misses the mark', -1.8], // fails at what it tried
  ['missed the mark', -1.8], // same
  ['miss the mark', -1.8], // same
  ['wears thin', -1.5], // "the novelty wears thin"
  ['wore thin', -1.5], // same
  ['never takes off', -1.5], // never gets going
  ['never took off', -1.5], // same
  ['a chore', -1.5], // "using it is a chore"
  // ── changes made without telling the customer (the negation of "warning" is no praise) ──
  ['without warning', -1.4], // "the price went up without warning"
  ['without any warning', -1.4], // same
  ['without notice', -1.4], // "cancelled without notice"
  ['without any notice', -1.4], // same
  ['without prior notice', -1.4], // same
];
