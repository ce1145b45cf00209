/**
 * A small feedback corpus written for the hierarchy tests (not taken from any data set): three
 * specific payment problems, two delivery problems and app crashes, each in several wordings.
 */
export const paymentComments: readonly string[] = [
  // payment: charged twice
  'I was charged twice for one payment.',
  'Charged twice again, the second payment still shows on my card.',
  'The payment went through twice and I was charged twice.',
  'Charged twice for the same order, please refund the extra payment.',
  'My card was charged twice when the payment page froze.',
  'Why was I charged twice? One payment only please.',
  'Got charged twice, the duplicate payment is still pending.',
  'Charged twice after the checkout reloaded, awful payment system.',
  // payment: card declined
  'My card was declined at checkout for no reason.',
  'Card declined at checkout even though the bank says it is fine.',
  'Checkout keeps saying card declined.',
  'The card was declined at checkout three times.',
  'Card declined at checkout, tried another card and it was declined too.',
  'Every card I use gets declined at checkout.',
  'Card declined at checkout again, the bank sees no attempt.',
  'Checkout rejected my card, card declined with no explanation.',
  // payment: promo code
  'The promo code would not work at checkout.',
  'Promo code rejected at checkout.',
  'My promo code was not accepted at checkout.',
  'Checkout ignores the promo code from your email.',
  'Promo code expired message at checkout although it is valid.',
  'Could not apply the promo code at checkout.',
  // delivery: late
  'The delivery was late by a week.',
  'Late delivery again, the courier missed the slot.',
  'Delivery came three days late.',
  'My delivery is late and the courier does not answer.',
  'Late delivery, the parcel sat at the depot.',
  'Delivery was late and nobody told me.',
  'Another late delivery from the same courier.',
  'The courier delivery was late twice this month.',
  // delivery: damaged
  'The parcel arrived damaged.',
  'Parcel arrived damaged and the box was crushed.',
  'My parcel arrived damaged, the courier threw it over the fence.',
  'Damaged parcel, the lamp inside was broken.',
  'Parcel arrived damaged for the second time.',
  'The courier left a damaged parcel at the door.',
  'Damaged parcel and a broken mug inside.',
  'Parcel was damaged in delivery.',
  // app
  'The app crashes when I open my basket.',
  'App crashes every time I search.',
  'The app keeps crashing on login.',
  'App crashes after the update.',
  'The app crashes on the order page.',
  'App crashes before I can pay.',
  'The app keeps crashing, please fix it.',
  'App crashes constantly since the update.',
];
