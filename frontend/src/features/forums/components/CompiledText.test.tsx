import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { CompiledText } from './CompiledText';

describe('compiled status report', () => {
  it('shows each theme as a heading with its paragraphs, and markup in the text as text', () => {
    render(<CompiledText text={'## Hälsa\n\nVästerås stad: <b>Fler</b> hälsoskolor.\n\n## Arbete\n\nNoterat.'} />);
    expect(screen.getAllByRole('heading', { level: 3 }).map((heading) => heading.textContent)).toEqual([
      'Hälsa',
      'Arbete',
    ]);
    expect(screen.getByText('Västerås stad: <b>Fler</b> hälsoskolor.')).toBeInTheDocument();
  });
});
