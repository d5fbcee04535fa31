/** Whether a page load starts on the kiosk (the app's start screen) rather than an adult's route. */
export const startsOnKiosk = (path: string): boolean => !/^\/(adult|setup|privacy)/.test(path);
