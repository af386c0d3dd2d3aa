import type { Problem } from '#shared/domain/problems'
import { NumberField } from './fields'

interface Props {
  bid: { bid_type: string; bid_price?: number; conversion_bid_price?: number }
  of(field: string): Problem[]
  save(field: string, value: unknown, label: string): void
}

/** The cost cap's amounts, shown only with a custom bid: the same fields on manual and Smart+ ad groups. */
export function CostCapFields({ bid, of, save }: Props) {
  if (bid.bid_type !== 'BID_TYPE_CUSTOM') return null
  return (
    <>
      <NumberField
        clearable
        field="bid_price"
        label="Bid (cost cap)"
        value={bid.bid_price}
        problems={of('bid_price')}
        onCommit={(v) => save('bid_price', v, 'Bid')}
      />
      <NumberField
        clearable
        field="conversion_bid_price"
        label="Conversion bid"
        value={bid.conversion_bid_price}
        problems={of('conversion_bid_price')}
        onCommit={(v) => save('conversion_bid_price', v, 'Conversion bid')}
      />
    </>
  )
}
