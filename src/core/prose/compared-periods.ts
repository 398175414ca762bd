// The period a figure is compared with, as a clerk names it: a year, the same period, the one before, a term, a stage,
// a school year or a crop season, or a date.
const YEAR = String.raw`(?:19|20)\d{2}`;
const SPAN = String.raw`${YEAR}\s*[-–]\s*${YEAR}`;

export const COMPARED_PERIOD = String.raw`(?:cùng kỳ(?:\s+năm\s+${YEAR}|\s+năm trước)?|(?:cuối\s+|đầu\s+)?năm\s+${YEAR}|năm trước|năm học trước|(?:niên\s+)?vụ trước|kỳ trước|nhiệm kỳ trước|giai đoạn trước|(?:cuối|đầu)\s+(?:năm|kỳ|nhiệm kỳ|năm học)|(?:cuối\s+|đầu\s+)?(?:nhiệm kỳ|giai đoạn|năm học|niên vụ)\s+${SPAN}|(?:thời điểm|ngày)\s+\d{1,2}\/\d{1,2}\/${YEAR})`;
