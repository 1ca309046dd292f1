import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { UploadProgress } from '../../../lib/api';
import type { Document, DocumentKind, DocumentVisibility, OwnerType } from '../types';
import { documentKeys } from './queryKeys';
import { sendForm } from './sendForm';

export type AttachFileInput = {
  ownerType: OwnerType;
  ownerId: string;
  title: string;
  kind: DocumentKind | '';
  language: string;
  visibility: DocumentVisibility | '';
  file: File | undefined;
  onProgress?: (progress: UploadProgress) => void;
};

/** Attaches a file (`POST /api/v1/documents`, multipart): the server decides its type from the content. */
export function useAttachFile() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ file, onProgress, ...fields }: AttachFileInput) => {
      const body = new FormData();
      Object.entries(fields).forEach(([name, value]) => body.append(name, value));
      if (file) body.append('file', file, file.name);
      return sendForm<Document>({ path: '/api/v1/documents', body, onProgress });
    },
    onSuccess: (_, { ownerType, ownerId }) =>
      queryClient.invalidateQueries({ queryKey: documentKeys.list(ownerType, ownerId) }),
  });
}
