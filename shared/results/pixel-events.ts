/**
 * TikTok Pixel standard events under one canonical name each. TikTok renamed
 * two web events in May 2025 (CompletePayment → Purchase, SubmitForm → Lead) and
 * converts the old names itself, so pixels, optimization events and report
 * metrics may use either; mapping them here makes old and new data chart as one.
 */
export const PIXEL_EVENTS = [
  'ViewContent',
  'AddToCart',
  'InitiateCheckout',
  'AddPaymentInfo',
  'PlaceAnOrder',
  'Purchase',
  'Lead',
  'CompleteRegistration',
  'Download',
] as const
export type PixelEvent = (typeof PIXEL_EVENTS)[number]

/** The purchase funnel the Results page draws, in order. */
export const FUNNEL_EVENTS = ['ViewContent', 'AddToCart', 'InitiateCheckout', 'Purchase'] as const satisfies readonly PixelEvent[]

export const EVENT_LABELS: Record<PixelEvent, string> = {
  ViewContent: 'View content',
  AddToCart: 'Add to cart',
  InitiateCheckout: 'Initiate checkout',
  AddPaymentInfo: 'Add payment info',
  PlaceAnOrder: 'Place an order',
  Purchase: 'Purchase',
  Lead: 'Lead',
  CompleteRegistration: 'Complete registration',
  Download: 'Download',
}

const ALIASES: Record<string, PixelEvent> = {
  // Pre-2025 web names.
  CompletePayment: 'Purchase',
  SubmitForm: 'Lead',
  // Optimization events as ad groups and pixel/list name them.
  ON_WEB_DETAIL: 'ViewContent',
  ON_WEB_CART: 'AddToCart',
  INITIATE_ORDER: 'InitiateCheckout',
  ADD_BILLING: 'AddPaymentInfo',
  ON_WEB_ORDER: 'PlaceAnOrder',
  SHOPPING: 'Purchase',
  FORM: 'Lead',
  ON_WEB_REGISTER: 'CompleteRegistration',
}

/** The canonical event for any of its names, or undefined for events the page does not chart (Search, Contact, …). */
export function canonicalEvent(name: string): PixelEvent | undefined {
  if ((PIXEL_EVENTS as readonly string[]).includes(name)) return name as PixelEvent
  return ALIASES[name]
}

/**
 * report/integrated/get metric → the event it counts. The report API kept the
 * old metric names (complete_payment, form) after the rename.
 */
export const EVENT_METRICS: Partial<Record<PixelEvent, string>> = {
  ViewContent: 'page_content_view_events',
  AddToCart: 'web_event_add_to_cart',
  InitiateCheckout: 'initiate_checkout',
  AddPaymentInfo: 'add_billing',
  PlaceAnOrder: 'on_web_order',
  Purchase: 'complete_payment',
  Lead: 'form',
  CompleteRegistration: 'user_registration',
}

export interface PixelSummary {
  pixelId: string
  name: string
  code: string
  /** Canonical names, each once, in PIXEL_EVENTS order. */
  events: PixelEvent[]
  /** Names the pixel reported that have no canonical event, kept so nothing is silently dropped. */
  otherEvents: string[]
}

/** Folds a pixel's events (by event_type, event_code or optimization_event) onto canonical names. */
export function summarizePixel(pixel: {
  pixel_id: string
  pixel_name: string
  pixel_code: string
  events: Array<{ event_type: string; event_code?: unknown; optimization_event?: unknown }>
}): PixelSummary {
  const found = new Set<PixelEvent>()
  const other = new Set<string>()
  for (const e of pixel.events) {
    const names = [e.event_type, e.event_code, e.optimization_event].filter((n): n is string => typeof n === 'string')
    const canonical = names.map(canonicalEvent).find((c) => c !== undefined)
    if (canonical) found.add(canonical)
    else other.add(e.event_type)
  }
  return {
    pixelId: pixel.pixel_id,
    name: pixel.pixel_name,
    code: pixel.pixel_code,
    events: PIXEL_EVENTS.filter((e) => found.has(e)),
    otherEvents: [...other].sort(),
  }
}
