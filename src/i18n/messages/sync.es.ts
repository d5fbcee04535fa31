import type { syncEn } from './sync.en';

export const syncEs: Record<keyof typeof syncEn, string> = {
  'sync.title': 'Sincronización del aula',
  'sync.intro':
    'Todos los dispositivos del aula tienen los mismos estudiantes, planes y registros a través del servidor CouchDB de la escuela. Una vez guardado el servidor, este dispositivo envía lo que cambia aquí en segundos y recibe lo que envían los demás, solo, mientras hay conexión; los registros se quedan también en este dispositivo y esperan aquí mientras no hay conexión.',
  'sync.server': 'Dirección del servidor',
  'sync.database': 'Base de datos del aula',
  'sync.username': 'Cuenta',
  'sync.password': 'Contraseña',
  'sync.save': 'Guardar la sincronización',
  'sync.now': 'Sincronizar ahora',
  'sync.conflictsTitle': 'Editado en dos dispositivos',
  'sync.conflictsIntro':
    'De dos ediciones de lo mismo, la más reciente se conserva en todos los dispositivos.',
  'sync.keptDevice':
    '{what}{name}: la edición de este dispositivo era la más reciente y se conserva ({when}).',
  'sync.keptServer':
    '{what}{name}: la edición más reciente de otro dispositivo reemplazó la de este ({when}).',
  'sync.syncing': 'Sincronizando…',
  'sync.never': 'Aún no se ha sincronizado.',
  'sync.lastSynced': 'Última sincronización: {when}.',
  'sync.waiting': 'Registros por enviar: {count}.',
  'sync.lastError': 'El último intento falló: {text}',
  'sync.done': 'Sincronizado: {pushed} enviados, {pulled} recibidos.',
  'sync.installRules': 'Instalar las reglas del aula en el servidor',
  'sync.rulesInstalled':
    'El servidor ahora solo deja cambiar el plan a la cuenta del maestro; las cuentas de auxiliares añaden registros.',
  'sync.refusedNow':
    '{count, plural, one {El servidor rechazó # cambio hecho en este dispositivo} other {El servidor rechazó # cambios hechos en este dispositivo}}: vea abajo.',
  'sync.refusedTitle': 'Rechazado por el servidor',
  'sync.refusedIntro':
    'El servidor acepta cambios del plan solo desde la cuenta del maestro. Estos cambios se hicieron en este dispositivo con otra cuenta; se quedan aquí y no llegan a ningún otro dispositivo. Hágalos otra vez en un dispositivo sincronizado con la cuenta del maestro.',
  'sync.refusedRow': '{what}{name}, cambiado aquí ({when}).',
  'sync.setAside':
    '{count, plural, one {No se guardó # documento del servidor porque no era válido} other {No se guardaron # documentos del servidor porque no eran válidos}}: {ids}.',
};
