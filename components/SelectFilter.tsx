/** A labelled <select> for a GET filter form: an "all" choice (empty value) and then the options. */

export interface FilterOption {
  value: string;
  label: string;
}

/** name: the query parameter; value: the current one; allLabel: the words for "no filter". */
export function SelectFilter({ label, name, value, allLabel, options }: { label: string; name: string; value: string | undefined; allLabel: string; options: FilterOption[] }) {
  return (
    <label>
      {label}
      <select name={name} defaultValue={value ?? ''}>
        <option value="">{allLabel}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </label>
  );
}
