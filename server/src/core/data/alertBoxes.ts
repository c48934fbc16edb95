/** HedgeDoc's Bootstrap-3 alert boxes: `:::info` … `:::` becomes `<div class="alert alert-info" role="alert">`. */
export const ALERT_BOXES: readonly string[] = ['success', 'info', 'warning', 'danger'];
