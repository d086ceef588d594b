'use client';
/** Remembers the brief on screen as the reader's current one, so "Add to brief" elsewhere extends it. */
import { useEffect } from 'react';
import { storeBrief } from './briefStore';

export function BriefSync({ items }: { /** The ids of the brief in the URL, in order. */ items: string[] }) {
  const key = items.join(',');
  useEffect(() => {
    storeBrief(key ? key.split(',') : []);
  }, [key]);
  return null;
}
