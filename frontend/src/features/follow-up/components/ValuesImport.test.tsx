import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { QueryClientProvider } from '@tanstack/react-query';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createQueryClient } from '../../../test/queryClient';
import { INDICATOR_ID } from '../testData';
import { ValuesImport } from './ValuesImport';

type Sent = { method: string; url: string; headers: Record<string, string>; body: unknown };

/** An XMLHttpRequest that reports upload progress and then answers with the given status and body. */
function fakeXhr(status: number, body: unknown, sent: Sent[]) {
  class FakeXhr {
    status = 0;
    responseText = '';
    upload: { onprogress: ((event: { loaded: number; total: number; lengthComputable: boolean }) => void) | null } = {
      onprogress: null,
    };
    onload: (() => void) | null = null;
    onerror: (() => void) | null = null;
    private request: Sent = { method: '', url: '', headers: {}, body: undefined };
    open(method: string, url: string) {
      this.request = { ...this.request, method, url };
    }
    setRequestHeader(name: string, value: string) {
      this.request.headers[name] = value;
    }
    getResponseHeader() {
      return null;
    }
    send(requestBody: unknown) {
      sent.push({ ...this.request, body: requestBody });
      setTimeout(() => {
        this.upload.onprogress?.({ loaded: 50, total: 100, lengthComputable: true });
        setTimeout(() => {
          this.status = status;
          this.responseText = JSON.stringify(body);
          this.onload?.();
        }, 30);
      }, 0);
    }
  }
  vi.stubGlobal('XMLHttpRequest', FakeXhr);
}

afterEach(() => {
  vi.unstubAllGlobals();
});

function renderImport() {
  const queryClient = createQueryClient();
  return render(
    <QueryClientProvider client={queryClient}>
      <ValuesImport indicatorId={INDICATOR_ID} etag='"7"' />
    </QueryClientProvider>,
  );
}

describe('CSV import of indicator values', () => {
  it('shows the upload progress, then every bad row with its column and reason, and that nothing was stored', async () => {
    const sent: Sent[] = [];
    fakeXhr(
      400,
      {
        type: 'urn:samverkan:problem:validation',
        title: 'Validation',
        status: 400,
        detail: '3 fields are invalid',
        errors: [
          { field: 'row 3: gender', message: 'must be TOTAL, WOMEN or MEN, not "X"' },
          { field: 'row 5: value', message: 'is not a number: "abc"' },
          { field: 'row 7', message: 'repeats row 2 (same year, municipality and gender)' },
        ],
      },
      sent,
    );
    const user = userEvent.setup();
    renderImport();
    const file = new File(['year,municipality,gender,value\n2024,,X,1\n'], 'values.csv', { type: 'text/csv' });
    await user.upload(screen.getByLabelText('CSV-fil'), file);
    await user.click(screen.getByRole('button', { name: 'Läs in filen' }));

    expect(await screen.findByRole('progressbar', { name: 'Uppladdning' })).toBeInTheDocument();
    await waitFor(() => expect(screen.getByText('Laddar upp: 50 %')).toBeInTheDocument());

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Filen har 3 fel');
    expect(alert).toHaveTextContent('Ingenting har sparats.');
    const table = within(alert).getByRole('table', { name: 'Felaktiga rader' });
    expect(
      within(table)
        .getAllByRole('row')
        .slice(1)
        .map((row) => [...row.querySelectorAll('th, td')].map((c) => c.textContent)),
    ).toEqual([
      ['3', 'gender', 'must be TOTAL, WOMEN or MEN, not "X"'],
      ['5', 'value', 'is not a number: "abc"'],
      ['7', '–', 'repeats row 2 (same year, municipality and gender)'],
    ]);
    expect(screen.queryByRole('progressbar')).not.toBeInTheDocument();
    expect(sent[0]).toMatchObject({ method: 'POST', url: `/api/v1/indicators/${INDICATOR_ID}/values` });
    expect(sent[0].headers['If-Match']).toBe('"7"');
    expect(sent[0].headers['Content-Type']).toBe('text/csv');
  });

  it('says how many values were imported', async () => {
    fakeXhr(200, { indicatorId: INDICATOR_ID, imported: 12, replaced: 4, years: [2023, 2024], version: 8 }, []);
    const user = userEvent.setup();
    renderImport();
    await user.upload(screen.getByLabelText('CSV-fil'), new File(['x'], 'values.csv', { type: 'text/csv' }));
    await user.click(screen.getByRole('button', { name: 'Läs in filen' }));
    expect(await screen.findByText('12 värden inlästa, 4 ersatta. År: 2023, 2024.')).toBeInTheDocument();
  });
});
