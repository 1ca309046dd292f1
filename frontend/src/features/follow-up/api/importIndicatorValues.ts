import { useMutation, useQueryClient } from '@tanstack/react-query';
import { uploadWithProgress, type UploadProgress } from '../../../lib/api';
import type { IndicatorValuesImport } from '../types';
import { followUpKeys } from './queryKeys';

export type ImportVariables = { id: string; etag: string; file: Blob; onProgress: (progress: UploadProgress) => void };

/**
 * Replaces every value of the indicator from a CSV file (`POST /api/v1/indicators/{id}/values`, If-Match), with
 * upload progress; the server checks every row and stores nothing unless the whole file is valid (400 lists them).
 */
export function useImportIndicatorValues() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ id, etag, file, onProgress }: ImportVariables) =>
      (
        await uploadWithProgress({
          method: 'POST',
          path: `/api/v1/indicators/${id}/values`,
          body: file,
          contentType: 'text/csv',
          headers: { 'If-Match': etag },
          onProgress,
        })
      ).data as IndicatorValuesImport,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: followUpKeys.all }),
  });
}
