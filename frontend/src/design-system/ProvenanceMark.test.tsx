import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ProvenanceMark, type ProvenanceInfo } from './index';

const inferredStatus: ProvenanceInfo = {
  kind: 'INFERRED',
  source: 'vastmanland-rok-2016-2020.txt, Förord',
  note: 'Status följer produktens regel.',
  inferred: ['status'],
};

describe('ProvenanceMark', () => {
  it('marks an inferred field in words, and says why and where from when opened', () => {
    render(<ProvenanceMark provenance={inferredStatus} field="status" />);
    const mark = screen.getByText('härledd');
    expect(mark.tagName).toBe('SUMMARY');
    expect(mark.closest('details')).toHaveTextContent(
      'Status följer produktens regel. Källa: vastmanland-rok-2016-2020.txt, Förord',
    );
  });

  it('says nothing of a field that is as the source says it, nor of records entered in the system', () => {
    const { container } = render(
      <>
        <ProvenanceMark provenance={inferredStatus} field="title" />
        <ProvenanceMark provenance={{ ...inferredStatus, kind: 'SOURCE', inferred: [] }} />
        <ProvenanceMark provenance={undefined} field="status" />
      </>,
    );
    expect(container).toBeEmptyDOMElement();
  });

  it('marks sample data and a value the source does not state', () => {
    render(
      <>
        <ProvenanceMark
          provenance={{ kind: 'SAMPLE', note: 'Påhittade värden.', inferred: ['values'] }}
          field="values"
        />
        <ProvenanceMark provenance={{ ...inferredStatus, kind: 'SOURCE', inferred: [] }} missing />
      </>,
    );
    expect(screen.getByText('exempeldata')).toBeInTheDocument();
    expect(screen.getByText('uppgift saknas i källan').closest('details')).toHaveTextContent(
      'Källan anger inte uppgiften.',
    );
  });
});
