// The course facts the page's build writes in (scripts/reportPage.ts reads them from the course files).
declare const __REPORT_COURSE_FACTS__: import('../core/course').CourseFacts;
