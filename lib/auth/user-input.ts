import { z } from 'zod';

export const emailField = z.email('enter an email address').max(254).transform((v) => v.trim().toLowerCase());
export const nameField = z.string().trim().min(1, 'enter a name').max(100, 'at most 100 characters');
export const passwordField = z.string().min(12, 'at least 12 characters').max(128, 'at most 128 characters');
