// "Print my plan" and "Print the certificate" put one printout on paper, alone. The printout is rendered as a
// direct child of <body>, hidden on screen and from assistive technology (the screen already shows its
// content); while printing, <body> carries PRINTING_CLASS and print CSS (styles.css) shows only the printout
// that carries ACTIVE_CLASS. Printing the page any other way prints the page as usual.
import { useEffect, useRef, type ReactNode } from 'react';
import { createPortal } from 'react-dom';

export const PRINTING_CLASS = 'printing-alone';
const ACTIVE_CLASS = 'print-alone-active';

export function usePrintAlone(): { printout(children: ReactNode, className: string): ReactNode; print(): void } {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const stop = () => {
      document.body.classList.remove(PRINTING_CLASS);
      ref.current?.classList.remove(ACTIVE_CLASS);
    };
    window.addEventListener('afterprint', stop);
    return () => {
      window.removeEventListener('afterprint', stop);
      stop();
    };
  }, []);
  return {
    printout: (children, className) =>
      createPortal(
        <div ref={ref} className={`print-alone ${className}`} hidden>
          {children}
        </div>,
        document.body,
      ),
    print: () => {
      document.body.classList.add(PRINTING_CLASS);
      ref.current?.classList.add(ACTIVE_CLASS);
      window.print();
    },
  };
}
