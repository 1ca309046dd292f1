import { render, screen, within } from '@testing-library/react';
import userEvent, { type UserEvent } from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { QuestionEditor } from './QuestionEditor';
import { newDraft, questionInput, type QuestionDraft } from './questionDraft';

/** The editor with its state, reporting every change as the API input it would send. */
function Harness({ initial, onInput }: { initial: QuestionDraft; onInput: (input: unknown) => void }) {
  const [draft, setDraft] = useState(initial);
  return (
    <QuestionEditor
      draft={draft}
      position={2}
      name="themes[0].questions[1]"
      onChange={(next) => {
        setDraft(next);
        onInput(questionInput(next));
      }}
      onRemove={() => undefined}
    />
  );
}

async function chooseKind(user: UserEvent, kind: string) {
  await user.click(screen.getByRole('button', { name: /Typ av fråga/ }));
  await user.click(await screen.findByRole('option', { name: kind }));
}

const last = (spy: ReturnType<typeof vi.fn>) => spy.mock.calls.at(-1)?.[0] as Record<string, unknown>;

describe('QuestionEditor', () => {
  it('asks a statement for its comment mode and whether an answer is required', async () => {
    const user = userEvent.setup();
    const onInput = vi.fn();
    render(<Harness initial={{ ...newDraft(), text: 'Boendet räcker' }} onInput={onInput} />);
    expect(screen.getByRole('group', { name: 'Fråga 2' })).toBeInTheDocument();
    expect(screen.queryByLabelText('Enhet')).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: /Kommentar/ }));
    await user.click(await screen.findByRole('option', { name: 'Kommentar krävs' }));
    expect(last(onInput)).toMatchObject({ kind: 'STATEMENT', commentMode: 'REQUIRED', required: true });

    await user.click(screen.getByRole('checkbox', { name: 'Svar krävs innan organisationen skickar in' }));
    expect(last(onInput)).toMatchObject({ required: false });
  });

  it('gives a number its unit, bounds and the split by women and men', async () => {
    const user = userEvent.setup();
    const onInput = vi.fn();
    render(<Harness initial={{ ...newDraft(), text: 'Hur många har tagits emot?' }} onInput={onInput} />);
    await chooseKind(user, 'Antal');
    expect(screen.queryByRole('button', { name: /Kommentar/ })).not.toBeInTheDocument();

    await user.type(screen.getByLabelText('Enhet'), 'personer');
    await user.type(screen.getByLabelText('Lägsta värde'), '0');
    await user.type(screen.getByLabelText('Högsta värde'), '1000,5');
    await user.click(screen.getByRole('checkbox', { name: 'Fråga efter kvinnor, män och totalt' }));
    expect(last(onInput)).toEqual({
      key: undefined,
      kind: 'NUMBER',
      text: 'Hur många har tagits emot?',
      help: undefined,
      required: true,
      unit: 'personer',
      minValue: 0,
      maxValue: 1000.5,
      genderSplit: true,
    });
  });

  it('lets a choice be given its options, added to and reordered', async () => {
    const user = userEvent.setup();
    const onInput = vi.fn();
    render(<Harness initial={{ ...newDraft(), text: 'Vilka insatser erbjuds?' }} onInput={onInput} />);
    await chooseKind(user, 'Flera val');
    const options = screen.getByRole('group', { name: 'Svarsalternativ' });
    // A new choice starts with two options to fill in.
    await user.type(within(options).getByRole('textbox', { name: 'Alternativ 1' }), 'Praktik');
    await user.type(within(options).getByRole('textbox', { name: 'Alternativ 2' }), 'Språkstöd');
    await user.click(within(options).getByRole('button', { name: 'Lägg till alternativ' }));
    await user.type(within(options).getByRole('textbox', { name: 'Alternativ 3' }), 'Samhällsorientering');
    await user.click(within(options).getByRole('button', { name: /^Flytta upp ?Alternativ 3$/ }));
    expect(last(onInput)).toMatchObject({
      kind: 'MULTIPLE_CHOICE',
      options: ['Praktik', 'Samhällsorientering', 'Språkstöd'],
    });
    expect(last(onInput).commentMode).toBeUndefined();

    // Back to a statement: the options are not sent.
    await chooseKind(user, 'Påstående');
    expect(last(onInput).options).toBeUndefined();
    expect(last(onInput)).toMatchObject({ kind: 'STATEMENT', commentMode: 'OPTIONAL' });
  });

  it('says when a bound is no number', async () => {
    const user = userEvent.setup();
    render(
      <form>
        <Harness initial={{ ...newDraft(), kind: 'NUMBER', text: 'Antal' }} onInput={() => undefined} />
        <button type="submit">Spara</button>
      </form>,
    );
    await user.type(screen.getByLabelText('Högsta värde'), 'många');
    await user.click(screen.getByRole('button', { name: 'Spara' }));
    expect(await screen.findByText('Ange ett tal, till exempel 12 eller 12,5.')).toBeInTheDocument();
  });
});
