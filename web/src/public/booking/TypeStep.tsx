import { Empty } from 'antd';
import { useT } from '../../shared/i18n';
import { bookingMessages } from './messages';
import type { BookingType } from './types';

/** Step 1: the bookable business types 可预约业务 of the hall. */
export function TypeStep({
  types,
  chosenId,
  onChoose,
}: {
  types: BookingType[];
  chosenId: string | null;
  onChoose: (t: BookingType) => void;
}) {
  const tb = useT(bookingMessages);
  const bookable = types.filter((x) => x.bookable);
  return (
    <section aria-labelledby="bk-type-heading" className="yz-bk-panel">
      <h2 id="bk-type-heading" tabIndex={-1}>
        {tb('type.heading')}
      </h2>
      {bookable.length === 0 ? (
        <Empty description={tb('type.none')} />
      ) : (
        <ul className="yz-bk-choices">
          {bookable.map((x) => (
            <li key={x.id}>
              <button
                type="button"
                className="yz-bk-choice"
                aria-pressed={x.id === chosenId}
                onClick={() => onChoose(x)}
              >
                <span className="yz-bk-prefix" aria-hidden>
                  {x.prefix}
                </span>
                <span className="yz-bk-choice-body">
                  <span className="yz-bk-choice-name">{x.name}</span>
                  {x.description ? <span className="yz-bk-choice-desc">{x.description}</span> : null}
                </span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
