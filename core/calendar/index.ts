export { WorkCalendar } from './workCalendar';
export type { CalendarOverrides } from './workCalendar';
export { standardHolidayData } from './holidayData';
export type { HolidayData, HolidayEntry } from './holidayData';
export { fastEpochDay } from './epochDay';
