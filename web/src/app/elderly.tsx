import { createContext, useCallback, useContext, useLayoutEffect, useMemo, useState, type ReactNode } from 'react';
import { readStored, writeStored } from '../components/storage';

const STORAGE_KEY = 'tb.elderly';
const BODY_CLASS = 'tb-elderly';

type ElderlyValue = { elderly: boolean; setElderly: (on: boolean) => void };

const ElderlyContext = createContext<ElderlyValue | null>(null);

/** 长辈版: larger type, higher contrast and a simpler layout, remembered across visits. */
export function ElderlyModeProvider({ children }: { children: ReactNode }) {
  const [elderly, setState] = useState(() => readStored(STORAGE_KEY) === '1');
  useLayoutEffect(() => {
    document.body.classList.toggle(BODY_CLASS, elderly);
  }, [elderly]);
  const setElderly = useCallback((on: boolean) => {
    writeStored(STORAGE_KEY, on ? '1' : '0');
    setState(on);
  }, []);
  const value = useMemo(() => ({ elderly, setElderly }), [elderly, setElderly]);
  return <ElderlyContext.Provider value={value}>{children}</ElderlyContext.Provider>;
}

export function useElderlyMode(): ElderlyValue {
  const value = useContext(ElderlyContext);
  if (!value) throw new Error('useElderlyMode outside ElderlyModeProvider');
  return value;
}
