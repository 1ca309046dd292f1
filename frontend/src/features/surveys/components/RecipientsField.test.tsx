import { QueryClientProvider } from '@tanstack/react-query';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createQueryClient } from '../../../test/queryClient';
import { RecipientsField, recipientsInput, type Recipients } from './RecipientsField';

const VASTERAS = { id: '00000000-0000-0000-0000-000000000001', name: 'Västerås stad' };
const REGION = { id: '00000000-0000-0000-0000-000000000002', name: 'Landstinget Västmanland' };

/** The field with its state, reporting every change as the part of the survey input it would send. */
function Harness({ initial, onInput }: { initial: Recipients; onInput: (input: unknown) => void }) {
  const [value, setValue] = useState(initial);
  return (
    <QueryClientProvider client={createQueryClient()}>
      <RecipientsField
        value={value}
        national={false}
        onChange={(next) => {
          setValue(next);
          onInput(recipientsInput(next));
        }}
      />
    </QueryClientProvider>
  );
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('RecipientsField', () => {
  it('sends no recipientIds for the default, so the server asks every municipality (and the region if wanted)', () => {
    expect(recipientsInput({ mode: 'default', includeRegion: true, chosen: [VASTERAS] })).toEqual({
      includeRegion: true,
      recipientIds: undefined,
    });
    expect(recipientsInput({ mode: 'chosen', includeRegion: false, chosen: [VASTERAS, REGION] })).toEqual({
      includeRegion: false,
      recipientIds: [VASTERAS.id, REGION.id],
    });
  });

  it('removes a chosen organisation and switches to the default with the region', async () => {
    // The organisation search behind "add" answers an empty page. (jsdom joins the hidden name without its space.)
    vi.stubGlobal(
      'fetch',
      vi.fn(() =>
        Promise.resolve(
          new Response(JSON.stringify({ items: [], total: 0, page: 0, size: 20 }), {
            headers: { 'Content-Type': 'application/json' },
          }),
        ),
      ),
    );
    const user = userEvent.setup();
    const onInput = vi.fn();
    render(
      <Harness initial={{ mode: 'chosen', includeRegion: false, chosen: [VASTERAS, REGION] }} onInput={onInput} />,
    );
    expect(screen.getByText('2 organisationer är valda.')).toBeInTheDocument();
    const list = screen.getByRole('list', { name: 'Valda organisationer' });
    await user.click(within(list).getByRole('button', { name: /^Ta bort\s*Landstinget Västmanland$/ }));
    expect(onInput).toHaveBeenLastCalledWith({ includeRegion: false, recipientIds: [VASTERAS.id] });
    expect(screen.getByText('1 organisation är vald.')).toBeInTheDocument();

    await user.click(screen.getByRole('radio', { name: 'Länets alla kommuner' }));
    expect(screen.queryByRole('list', { name: 'Valda organisationer' })).not.toBeInTheDocument();
    await user.click(screen.getByRole('checkbox', { name: 'Fråga även regionen' }));
    expect(onInput).toHaveBeenLastCalledWith({ includeRegion: true, recipientIds: undefined });
  });
});
