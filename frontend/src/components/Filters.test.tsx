import { QueryClientProvider } from '@tanstack/react-query';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createQueryClient } from '../test/queryClient';
import { counties, fakeApi, json } from '../test/fakeApi';
import { ChoiceFilter, CountyFilter, SearchFilters } from './Filters';

afterEach(() => {
  vi.unstubAllGlobals();
});

const kinds = ['REGIONAL', 'LOCAL'] as const;
type Kind = (typeof kinds)[number];

function Kinds({ onChange }: { onChange: (kind: Kind | undefined) => void }) {
  const [kind, setKind] = useState<Kind | undefined>();
  return (
    <ChoiceFilter
      label="Slag"
      allLabel="Alla slag"
      choices={kinds}
      choiceLabel={(choice) => (choice === 'REGIONAL' ? 'Regional' : 'Lokal')}
      value={kind}
      onChange={(chosen) => {
        setKind(chosen);
        onChange(chosen);
      }}
    />
  );
}

describe('ChoiceFilter', () => {
  it('offers "all" and each choice in words, gives the chosen value, and undefined for "all"', async () => {
    const onChange = vi.fn();
    const user = userEvent.setup();
    render(<Kinds onChange={onChange} />);
    await user.click(screen.getByRole('button', { name: /Slag/ }));
    expect(await screen.findAllByRole('option')).toHaveLength(3);
    expect(screen.getByRole('option', { name: 'Alla slag' })).toBeInTheDocument();
    expect(screen.getByRole('option', { name: 'Regional' })).toBeInTheDocument();
    await user.click(screen.getByRole('option', { name: 'Lokal' }));
    expect(onChange).toHaveBeenLastCalledWith('LOCAL');
    await user.click(screen.getByRole('button', { name: /Slag/ }));
    await user.click(await screen.findByRole('option', { name: 'Alla slag' }));
    expect(onChange).toHaveBeenLastCalledWith(undefined);
  });
});

describe('CountyFilter', () => {
  it('offers the counties by name and gives the chosen one by its code', async () => {
    fakeApi([{ path: '/api/v1/counties', respond: () => json(counties) }]);
    const onChange = vi.fn();
    const user = userEvent.setup();
    render(
      <QueryClientProvider client={createQueryClient()}>
        <CountyFilter label="Län" allLabel="Alla län" value={undefined} onChange={onChange} />
      </QueryClientProvider>,
    );
    await user.click(screen.getByRole('button', { name: /Län/ }));
    await user.click(await screen.findByRole('option', { name: 'Västra Götalands län' }));
    expect(onChange).toHaveBeenLastCalledWith('14');
  });
});

describe('SearchFilters', () => {
  it('is a search landmark whose text is sent at once with Enter, replacing the history entry', async () => {
    const onChange = vi.fn();
    const user = userEvent.setup();
    render(
      <SearchFilters
        label="Filtrera avtal"
        search={{ label: 'Sök', clearLabel: 'Töm sökningen' }}
        q={undefined}
        onChange={onChange}
        debounceMs={60_000}
      >
        <p>Fler filter</p>
      </SearchFilters>,
    );
    const landmark = screen.getByRole('search', { name: 'Filtrera avtal' });
    expect(landmark).toHaveClass('filters');
    expect(landmark).not.toHaveClass('filters--wide-search');
    expect(landmark).toHaveTextContent('Fler filter');
    await user.type(screen.getByRole('searchbox', { name: 'Sök' }), ' integration {Enter}');
    expect(onChange).toHaveBeenCalledWith({ q: 'integration' }, { replace: true });
  });
});
