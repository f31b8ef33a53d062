import { createRoot } from 'react-dom/client';
import { ReportApp } from './ReportApp';
import './report.css';

const root = document.getElementById('root');
if (root) createRoot(root).render(<ReportApp course={__REPORT_COURSE_FACTS__} />);
