import type { ReactElement, ReactNode } from "react";

/** Give every `useId` inside the prefix `value` (standalone build only; see preact-react.js). */
export declare function IdPrefix(props: { value: string; children?: ReactNode }): ReactElement;
