import { useEffect, useState } from 'preact/hooks';
import type { TailorState, TailorStore } from '../../app/tailor-state';

/** Subscribe a component to the store; re-renders on every change (the state is small). */
export function useTailorState(store: TailorStore): TailorState {
  const [state, setState] = useState(() => store.getState());
  useEffect(() => {
    setState(store.getState());
    return store.subscribe(setState);
  }, [store]);
  return state;
}
