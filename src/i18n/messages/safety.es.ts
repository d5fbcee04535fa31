import type { safetyEn } from './safety.en';

export const safetyEs: Record<keyof typeof safetyEn, string> = {
  'recovery.title': 'Código de recuperación',
  'recovery.shownOnce':
    'Anote o imprima ahora este código de recuperación y guárdelo donde los estudiantes no lleguen. Se muestra solo esta vez. Si se olvida el PIN del maestro, permite poner un PIN nuevo y conservar todos los registros.',
  'recovery.print': 'Imprimir',
  'recovery.done': 'Ya lo anoté',
  'recovery.missing':
    'Esta tableta aún no tiene código de recuperación, así que un PIN de maestro olvidado no se podría restablecer. Cree uno ahora y guárdelo en un lugar seguro.',
  'recovery.settingsTitle': 'Si se olvida el PIN',
  'recovery.settingsIntro':
    'El código de recuperación pone un PIN de maestro nuevo cuando se olvida el PIN. Crear un código nuevo anula el anterior.',
  'recovery.make': 'Crear un código de recuperación',
  'recovery.makeNew': 'Crear un código de recuperación nuevo',
  'forgot.intro':
    'Escriba el código de recuperación que el maestro anotó al configurar la tableta y elija un PIN nuevo. Todos los registros se conservan.',
  'forgot.code': 'Código de recuperación',
  'forgot.whose': 'PIN de quién',
  'forgot.newPin': 'PIN nuevo (de 4 a 8 dígitos)',
  'forgot.newPinAgain': 'Escriba el PIN nuevo otra vez',
  'forgot.submit': 'Poner el PIN nuevo',
  'forgot.checking': 'Comprobando…',
  'forgot.noCode':
    'Esta tableta no tiene código de recuperación, así que su PIN no se puede restablecer aquí. Otro maestro con PIN en esta tableta todavía puede entrar. Si no, pida al administrador informático de la escuela que borre los datos de este navegador para esta aplicación; después configure la tableta de nuevo y restaure su última copia de seguridad.',
  'forgot.lostCode':
    '¿También perdió el código de recuperación? Pida al administrador informático de la escuela que borre los datos de este navegador para esta aplicación; después configure la tableta de nuevo y restaure su última copia de seguridad. Lo registrado después de esa copia se pierde.',
  'erase.title': 'Borrar esta tableta',
  'erase.intro':
    'Se elimina todo lo que la aplicación guarda en esta tableta —estudiantes, fotos, horarios, registros y PIN— y la configuración empieza de nuevo. No se puede deshacer, así que guarde antes una copia de seguridad.',
  'idle.title': 'Bloqueo del área de adultos',
  'idle.label': 'Bloquear el área de adultos y la barra del asistente tras este tiempo sin tocar',
  'idle.minutes': '{count} min',
  'error.recovery-code-missing':
    'Esta tableta no tiene código de recuperación, así que el PIN no se puede restablecer con uno. No se cambió nada.',
  'error.recovery-code-wrong': 'Ese código de recuperación no es correcto. Revíselo e inténtelo otra vez.',
  'error.recovery-wait':
    'Demasiados códigos de recuperación incorrectos. Espere {seconds} segundos y vuelva a intentarlo.',
  'error.recovery-locked':
    'Demasiados códigos de recuperación incorrectos: inténtelo de nuevo en {minutes} minutos. Mientras tanto, la pantalla del estudiante sigue funcionando.',
};
