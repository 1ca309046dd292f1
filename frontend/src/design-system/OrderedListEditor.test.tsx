import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { listItemsOf, OrderedListEditor, type ListItem } from './index';

const labels = {
  legend: 'Strategier',
  item: (n: number) => `Strategi ${n}`,
  add: 'Lägg till strategi',
  moveUp: 'Flytta upp',
  moveDown: 'Flytta ner',
  remove: 'Ta bort',
  moved: (from: number, to: number, count: number) => `Strategi ${from} flyttad till plats ${to} av ${count}.`,
  added: (n: number) => `Strategi ${n} tillagd.`,
  removed: (n: number) => `Strategi ${n} borttagen.`,
  empty: 'Inga strategier ännu.',
};

function Editor({ initial, onItems }: { initial: string[]; onItems?: (items: ListItem[]) => void }) {
  const [items, setItems] = useState(() => listItemsOf(initial));
  return (
    <OrderedListEditor
      name="strategies"
      items={items}
      labels={labels}
      onChange={(next) => {
        setItems(next);
        onItems?.(next);
      }}
    />
  );
}

const values = () => screen.getAllByRole('textbox').map((box) => (box as HTMLTextAreaElement).value);

describe('OrderedListEditor', () => {
  it('moves an entry up and down with buttons, announces it and keeps focus on the moved entry', async () => {
    const user = userEvent.setup();
    render(<Editor initial={['Första', 'Andra', 'Tredje']} />);
    expect(screen.getByRole('group', { name: 'Strategier' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: /^Flytta upp ?Strategi 1$/ })).toBeDisabled();

    await user.click(screen.getByRole('button', { name: /^Flytta upp ?Strategi 3$/ }));
    expect(values()).toEqual(['Första', 'Tredje', 'Andra']);
    expect(screen.getByRole('status')).toHaveTextContent('Strategi 3 flyttad till plats 2 av 3.');
    await waitFor(() => expect(screen.getByRole('button', { name: /^Flytta upp ?Strategi 2$/ })).toHaveFocus());

    // The keyboard alone: Enter on the focused button moves it again, to the top.
    await user.keyboard('{Enter}');
    expect(values()).toEqual(['Tredje', 'Första', 'Andra']);
    expect(screen.getByRole('status')).toHaveTextContent('Strategi 2 flyttad till plats 1 av 3.');
    // At the top "up" is disabled: focus goes to the entry's "down" button rather than being lost.
    await waitFor(() => expect(screen.getByRole('button', { name: /^Flytta ner ?Strategi 1$/ })).toHaveFocus());

    await user.click(screen.getByRole('button', { name: /^Flytta ner ?Strategi 2$/ }));
    expect(values()).toEqual(['Tredje', 'Andra', 'Första']);
  });

  it('names each entry so that server errors can land on it', () => {
    render(<Editor initial={['Första', 'Andra']} />);
    expect(screen.getByRole('textbox', { name: 'Strategi 2' })).toHaveAttribute('name', 'strategies[1]');
  });

  it('adds an entry and focuses it; removes one and focuses the next', async () => {
    const user = userEvent.setup();
    render(<Editor initial={['Första', 'Andra']} />);
    await user.click(screen.getByRole('button', { name: 'Lägg till strategi' }));
    await waitFor(() => expect(screen.getByRole('textbox', { name: 'Strategi 3' })).toHaveFocus());
    expect(screen.getByRole('status')).toHaveTextContent('Strategi 3 tillagd.');

    await user.click(screen.getByRole('button', { name: /^Ta bort ?Strategi 1$/ }));
    expect(values()).toEqual(['Andra', '']);
    expect(screen.getByRole('status')).toHaveTextContent('Strategi 1 borttagen.');
    await waitFor(() => expect(screen.getByRole('textbox', { name: 'Strategi 1' })).toHaveFocus());
  });

  it('says so when the list is empty', () => {
    render(<Editor initial={[]} />);
    expect(screen.getByText('Inga strategier ännu.')).toBeInTheDocument();
  });
});
