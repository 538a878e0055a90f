import type { StateCreator } from 'zustand';
import type { AnalyticsSlice } from './analytics-slice';
import type { CommunitySlice } from './community-slice';
import type { DatasetSlice } from './dataset-slice';
import type { FilterSlice } from './filter-slice';
import type { LayoutSlice } from './layout-slice';
import type { LibrarySlice } from './library-slice';
import type { LinkSlice } from './link-slice';
import type { LodSlice } from './lod-slice';
import type { SelectionSlice } from './selection-slice';
import type { StorySlice } from './story-slice';
import type { TimeSlice } from './time-slice';
import type { ViewSlice } from './view-slice';

/** The whole store: one object made of slices. Feature slices extend this intersection. */
export type EntenteState = DatasetSlice &
  TimeSlice &
  SelectionSlice &
  FilterSlice &
  ViewSlice &
  AnalyticsSlice &
  LibrarySlice &
  StorySlice &
  LayoutSlice &
  LodSlice &
  CommunitySlice &
  LinkSlice;

export type SliceCreator<T> = StateCreator<EntenteState, [], [], T>;
