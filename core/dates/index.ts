export * from './calendarDate';
export * from './parseCalendarDate';
