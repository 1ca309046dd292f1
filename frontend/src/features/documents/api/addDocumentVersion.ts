import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { UploadProgress } from '../../../lib/api';
import type { Document } from '../types';
import { documentKeys } from './queryKeys';
import { sendForm } from './sendForm';

/** Uploads a new version of a document's file (`POST /api/v1/documents/{id}/versions`) with `If-Match`. */
export function useAddDocumentVersion() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({
      id,
      etag,
      file,
      onProgress,
    }: {
      id: string;
      etag: string;
      file: File | undefined;
      onProgress?: (progress: UploadProgress) => void;
    }) => {
      const body = new FormData();
      if (file) body.append('file', file, file.name);
      return sendForm<Document>({
        path: `/api/v1/documents/${id}/versions`,
        body,
        headers: { 'If-Match': etag },
        onProgress,
      });
    },
    onSuccess: async (_, { id }) => {
      await queryClient.invalidateQueries({ queryKey: documentKeys.one(id) });
      await queryClient.invalidateQueries({ queryKey: documentKeys.lists() });
    },
  });
}
