import { Checkbox, CheckboxGroup as RACCheckboxGroup, Radio, RadioGroup as RACRadioGroup } from 'react-aria-components';
import { FieldError } from './FieldError';
import { FieldHeader, type Option } from './FieldParts';
import './ChoiceGroup.css';

type ChoiceGroupProps = {
  label: string;
  options: readonly Option[];
  description?: string;
  name?: string;
  isRequired?: boolean;
};

export type CheckboxGroupProps = ChoiceGroupProps & {
  value: readonly string[];
  onChange: (value: string[]) => void;
};

/** Several choices out of a few, as checkboxes under a group label (react-aria CheckboxGroup). */
export function CheckboxGroup({ label, options, description, value, onChange, ...props }: CheckboxGroupProps) {
  return (
    <RACCheckboxGroup {...props} className="ds-field ds-choice-group" value={[...value]} onChange={onChange}>
      <FieldHeader label={label} description={description} isRequired={props.isRequired} />
      <div className="ds-choices">
        {options.map((option) => (
          // eslint-disable-next-line @typescript-eslint/no-deprecated -- react-aria 1.22 splits it into CheckboxField + CheckboxButton (another DOM); moved with the choice styles, not in passing
          <Checkbox key={option.id} value={option.id} className="ds-choice">
            <span className="ds-choice-mark ds-choice-mark--checkbox" aria-hidden="true" />
            {option.label}
          </Checkbox>
        ))}
      </div>
      <FieldError />
    </RACCheckboxGroup>
  );
}

export type RadioGroupProps = ChoiceGroupProps & {
  value: string | null;
  onChange: (value: string) => void;
  orientation?: 'horizontal' | 'vertical';
};

/** One choice out of a few, as radio buttons under a group label (react-aria RadioGroup). */
export function RadioGroup({
  label,
  options,
  description,
  value,
  onChange,
  orientation = 'vertical',
  ...props
}: RadioGroupProps) {
  return (
    <RACRadioGroup
      {...props}
      className={`ds-field ds-choice-group ds-choice-group--${orientation}`}
      orientation={orientation}
      value={value}
      onChange={onChange}
    >
      <FieldHeader label={label} description={description} isRequired={props.isRequired} />
      <div className="ds-choices">
        {options.map((option) => (
          // eslint-disable-next-line @typescript-eslint/no-deprecated -- react-aria 1.22 splits it into RadioField + RadioButton (another DOM); moved with the choice styles, not in passing
          <Radio key={option.id} value={option.id} className="ds-choice">
            <span className="ds-choice-mark ds-choice-mark--radio" aria-hidden="true" />
            {option.label}
          </Radio>
        ))}
      </div>
      <FieldError />
    </RACRadioGroup>
  );
}
