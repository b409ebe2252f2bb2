import { PLATFORMS, type Platform } from '@/utils/ayrshare/platforms';
import { networkName } from '@/utils/networks/names';

interface Props {
  legend: string;
  idPrefix: string;
  selected: readonly Platform[];
  onChange(selected: Platform[]): void;
}

/** All thirteen networks as checkboxes, for choosing defaults. */
export function NetworkChecklist({ legend, idPrefix, selected, onChange }: Props) {
  return (
    <fieldset class="checklist">
      <legend>{legend}</legend>
      {PLATFORMS.map((platform) => (
        <label key={platform}>
          <input
            type="checkbox"
            id={`${idPrefix}-${platform}`}
            checked={selected.includes(platform)}
            onChange={(event) =>
              onChange(
                event.currentTarget.checked
                  ? PLATFORMS.filter((p) => p === platform || selected.includes(p))
                  : selected.filter((p) => p !== platform),
              )
            }
          />
          {networkName(platform)}
        </label>
      ))}
    </fieldset>
  );
}
