"""probe171 corpus notes, C15-C20 (social work, chaplaincy, care coordination and the clinics
around them; every person, place and sentence invented)."""

C15 = {"patient_id": "C15", "age": 81, "sex": "F", "notes": [
("2019-10-08", "Hemodialysis Rounding Note", """
HD ROUNDS - Old Mill Dialysis
81F, ESRD; dialyzes MWF (first shift) using a L arm graft; DM2 - glargine, self-injected
into the anterior thighs, R and L; remote Coumadin for DVT (stopped 2017), HTN.
BMI 24.0 (61 kg).

Pt c/o tender hard purplish area, L anterior thigh, x about 2 weeks, inside
the zone where she gives her insulin. Sleeping poorly.

Exam: L anterior thigh - firm violet patch 7x5 cm, faint net-like edge, skin
unbroken, not warm. R thigh: a few soft lipohypertrophy bumps, color normal.

Labs (10/2): alb 2.7 | PO4 6.2 | Ca 9.1 | PTH 560.

Imp: painful indurated patch at injection area. Ddx: early calciphylaxis,
panniculitis from the injections, lipodermatosclerosis. Cannot exclude
calciphylaxis.
Plan: deep biopsy by derm; insulin to the abdomen for now; recheck 1 wk.
Pt frail, wt down 4 kg in 3 mo - will ask SW to meet w/ pt and son re goals.
"""),
("2019-10-15", "Dialysis Social Work Note", """
SOCIAL WORK - goals of care conversation, family meeting room, 45 min
Present: pt, son (Walter, HCPOA), nephrologist Dr. Lund, SW.

Dr. Lund explained the L thigh patch might be calciphylaxis and that a skin biopsy
would tell for sure. Pt declined the biopsy: "I am 81, I am tired, I am not
getting cut for a name." Son supports her.

Pt then said she has been thinking about stopping dialysis since summer. She
describes fatigue, poor appetite, and feeling she is a burden. Capacity
intact per MD. Son tearful but accepts her choice.

Plan agreed:
- last HD treatment Friday 10/18
- hospice referral placed (Riverbend Hospice), intake visit 10/16 at home
- DNR/POLST completed and signed
- chaplain visit requested by pt before her last run

SW provided emotional support, reviewed what to expect after stopping HD, gave
son caregiver resources and bereavement program info. Will call son 10/21.
"""),
("2019-10-29", "Chaplain Note", """
SPIRITUAL CARE - home visit w/ hospice chaplain (co-visit), day 11 off dialysis

Pt in hospital bed in her front room, son and granddaughter present. Drowsy but
knew me from the unit. She is Lutheran; her pastor had visited Sunday and given
communion.

She spoke only a little: thanked "the dialysis girls," asked that her hymn
(Beautiful Savior) be sung at the funeral. The painful spot on her thigh, which the
kidney doctor had wondered was calciphylaxis, was never biopsied; hospice is
treating the pain, and she says it "doesn't matter now."

Son read a psalm; we prayed the Lord's Prayer together, pt mouthing the words.

Assessment: peaceful, spiritual needs met by her faith community; family
anticipatory grief, coping well together.
Plan: hand-off to hospice chaplain; bereavement letter to son via dialysis SW.
"""),
]}

C16 = {"patient_id": "C16", "age": 59, "sex": "M", "notes": [
("2024-05-14", "PD Clinic Nephrology Note", """
PD CLINIC - Sutter Grove Kidney Associates

59M, ESRD from IgA nephropathy, manual PD (four bags a day). Mechanical MVR,
anticoagulated w/ warfarin (cardiology wants INRs of 2.5-3.5). No history of
diabetes. Obese (BMI 31.8, 103 kg).

Pt works 10 hr shifts as a parking garage attendant, sitting on a hard stool in
the booth. For 3 wks, painful dark net-like patches on both buttocks, L > R.

Exam: bilateral buttocks: retiform purpura 8 x 6 cm (L) and 5 x 4 cm (R), firm,
no ulceration yet, very tender.
INR today 3.9. Ca 9.7, Phos 6.5, iPTH 740.

DDx includes calciphylaxis, also warfarin-induced skin necrosis, or injury
from sitting pressure; cholesterol emboli less likely.
Plan:
- urgent derm for biopsy; hold warfarin tonight, recheck INR Thu
- cannot stop anticoagulation entirely (mechanical valve) - cardiology aware
- switch calcium carbonate -> sevelamer
- cushion for his stool at work - letter given to employer
"""),
("2024-05-28", "Dermatology Clinic Note", """
DERMATOLOGY - new pt

59M, PD patient; on warfarin (mechanical MVR). Bilateral buttock retiform purpura x ~5
wks.

Exam: L buttock 9 x 6 cm, R 5 x 4.5 cm, stellate, indurated; new small erosion L.
Exam favors calciphylaxis over warfarin necrosis (timing, distribution over fatty
areas), though a pressure injury from prolonged sitting contributes to the picture.
Cannot confirm without tissue.

Discussed deep incisional bx; pt agrees but wants it after his sister visits.
Bx scheduled 6/11/24 at 0900.

Plan:
- heparin bridging discussion w/ cardiology before bx
- foam dressing to L erosion
- pain: APAP 1 g TID, lidocaine patch
"""),
("2024-06-18", "Care Coordination Note", """
CARE COORDINATION - case closure note
Coordinator: J. Ferreira-Dunn, RN

Pt did not show for derm biopsy 6/11. Reached him by phone 6/13: he moved on 6/8
to live w/ his sister in another state after losing his job; his PD will be
picked up by a program there. He says the buttock sores "are about the same."

Actions:
- records release signed electronically; PD orders, last labs, derm and nephrology
  notes faxed to the receiving PD program (confirmed receipt 6/17)
- warfarin/INR plan communicated to the new PCP's office
- PD supplier notified of the new delivery address
- told pt the derm question of possible calciphylaxis is still open and needs a
  biopsy at the new center; he says he will ask

Case closed in our program as of today. Pt knows he can call back.
"""),
]}

C17 = {"patient_id": "C17", "age": 66, "sex": "F", "notes": [
("2025-11-20", "ED Provider Note", """
ED NOTE - Westhaven Medical Center

CC: leg pain, redness
66F w/ CKD 4 (eGFR 19 in Oct; vein mapping ordered, no HD yet), DM2 on
glipizide, HTN, obesity. 4 days of a painful reddish-purple
L calf area, now darker in the middle.

VS: T 37.6  HR 88  BP 164/90  BMI 35
Exam: L posterior calf: erythema 10x7 cm around a 2 cm dusky center, purple
reticulated border, indurated; even brushing it w/ gauze makes her yelp. Not fluctuant.
Edema 1+ bilat.

Labs: WBC 11.2, CRP 48, creat 2.9, calcium 9.9, phosphate 5.6.
Doppler: no DVT.

MDM: cellulitis vs early calciphylaxis - the retiform margin and how much it
hurts make me uneasy. Will treat as cellulitis, wound/derm consult inpatient.
Dispo: admit obs; cefazolin renally dosed.
"""),
("2025-11-22", "Wound Care Nurse Consult", """
WOUND CARE RN - inpatient consult

L posterior calf: 9 x 6.5 cm erythema, fading at the edges on abx; central
violet patch 3x2 cm w/ a 0.5 cm black dot; retiform border persists. Pain 8/10.

Derm (Dr. Ivers) saw pt this am: "possible calciphylaxis vs resolving cellulitis
w/ ischemia; bx recommended but pt declining while admitted; revisit in clinic."

Recs:
- nonadherent silicone contact layer + soft gauze wrap, change daily
- no compression until dx clear
- elevate leg on pillows, float heels
- derm clinic appt 12/3 arranged before DC

Education given to pt; verbalized understanding but states she "wants to go home
today."
"""),
("2026-01-13", "Care Coordination Note", """
CARE COORDINATION - transitions of care, telephonic
Coordinator: M. Ostrowski, LPN

Pt left the hospital AMA on 11/23 (note reviewed). She did not attend derm 12/3
or CKD clinic 12/10. Attemps to reach: 12/4, 12/11, 12/19 (voicemail full),
1/9 (spoke w/ daughter).

Daughter reports the sore behind her mother's L calf is "still there,
scabbed," mother refusing doctors since her sister died in December. Daughter
does not know whether it was ever confirmed what it is.

Actions:
- rescheduled CKD clinic for 1/28 (daughter will drive)
- mailed derm appointment info
- offered home health wound RN visit - daughter will ask pt
- bereavement resources sent to the home

Open items: possible calciphylaxis not yet evaluated; vein mapping for access not
done. Follow-up call 1/27.
"""),
]}

C18 = {"patient_id": "C18", "age": 61, "sex": "M", "notes": [
("2020-06-09", "Hemodialysis Rounding Note", """
HD ROUNDS - Brookline Terrace Dialysis, TTS 1st shift
61M, diabetic kidney disease -> ESRD, HD through R arm fistula; DM2 (insulin),
HTN, class I obesity
per PMH (BMI now 29.2 after 9 kg loss).

Pt points out hard, whitish-yellow bumps, outer L thigh, present ~2 mo,
mildly tender, one now draining chalky material. No eschar, no livedo.

Labs: phos 8.9, Ca 10.6 (product 94), iPTH 1,420.

Imp: ?calciphylaxis vs calcinosis cutis (metastatic calcification given Ca x P).
Plan: derm for bx. Binder change: calcium acetate is done; sevelamer 2.4 g
with each meal; cinacalcet up to 60. Dietitian to review phos sources.
"""),
("2020-06-30", "Dermatology Consult", """
DERMATOLOGY CONSULT

61M (ESRD/HD, insulin-treated DM2). Nodules, lateral L thigh.

Exam: L lateral thigh: cluster of 6 firm white-yellow papulonodules, 3-9 mm, one
w/ a small chalky extruding center, no ulcer beyond that pinpoint, no retiform
purpura, no necrosis.

Bx 6/19/20: large dermal and subcutaneous deposits of calcium w/ foreign body
giant cell reaction; small vessels WITHOUT mural calcification or thrombosis; fat
viable.

Dx: metastatic calcinosis cutis (hyperphosphatemia). Calciphylaxis ruled out - no
vascular calcification, no thrombosis or fat necrosis, clinical picture
inconsistent.

Plan: continue aggressive phosphorus control; simple dressing to draining nodule;
revisit 3 mo.
"""),
("2020-07-14", "Renal Dietitian Note", """
RENAL NUTRITION - monthly assessment

Dx per derm: calcinosis cutis L thigh from high phosphorus (not calciphylaxis).
Pt and wife motivated after seeing the biopsy result.

90.1 kg at 175.5 cm tall -> BMI 29.3. IDWG avg 2.4 kg.
Labs 7/6: Phos 7.1 (down from 8.9), Ca 9.8, K 5.0, Alb 3.9.

Diet hx: frozen dinners 4-5x/wk, cola 2 cans/day, processed cheese.
Education: phosphate additives on labels ("PHOS"), swap cola for lemon-lime or
water within fluid goal, fresh over processed meats, binder w/ first bite.
Sevelamer adherence: misses lunch dose at work - suggested keeping a bottle in his
truck.

Goals: get phosphorus under 5.5 by Sept; cola 0-1/wk.
F/u next month.
"""),
]}

C19 = {"patient_id": "C19", "age": 47, "sex": "F", "notes": [
("2016-11-03", "Chaplain Bereavement Note", """
BEREAVEMENT CARE - chaplain follow-up call, 3 months after death

Called the daughter of our former dialysis patient, Mr. E. Halvorsen, who died
in August of calciphylaxis after 9 yrs on HD. She had been his main caregiver
through the long months of his leg wounds.

She is 47, has type 1 diabetes herself (insulin pump), and CKD "stage 3a" followed
by her own nephrologist. She said the hardest thing is that she is afraid of
ending up like her dad; every scrape makes her look twice. Her skin has been
fine, she says. She returned to teaching in September.

Provided grief support, normalized fear, encouraged her to share the worry w/ her
nephrologist. Mailed the program's memorial service invitation (12/8) and
grief group schedule.

Plan: 6 month call in February.
"""),
("2017-02-14", "Primary Care Visit", """
PRIMARY CARE - annual visit

47F, type 1 diabetic on a pump (HbA1c 7.4%), CKD G3a/A2 (eGFR 52) on lisinopril,
HTN, obesity. No anticoagulants.

Pt raises fear of calciphylaxis: father died of it on dialysis last year.
Reviewed that it occurs almost only in dialysis patients, and that her kidney
function is stable. She checks her skin nightly.

Vitals: BP 128/76; 86 kg; BMI 31.0 (obese).
Skin: head-to-toe look, nothing concerning - no ulceration, purpura or livedo;
pump sites clean on the
abdomen w/ mild lipohypertrophy L side.

A/P:
1. CKD G3a - holding steady; continue ACEi; nephrology q6mo.
2. T1DM - pump settings per endo.
3. Health anxiety r/t father's death - referred to counseling; PHQ-9 6.
4. Obesity - nutrition referral.
"""),
]}

C20 = {"patient_id": "C20", "age": 38, "sex": "M", "notes": [
("2026-03-17", "Dialysis Social Work Assessment", """
SOCIAL WORK - INITIAL PSYCHOSOCIAL ASSESSMENT (new start, 30 day)
Tamsin Creek Dialysis

38 y/o M, kidney failure (FSGS), first in-center HD 2/16/26 via L arm AVF. No
diabetes, no anticoagulant or antiplatelet. Works as a line cook, 32 hrs/wk.
Lives w/ partner and 2 kids.

Adjustment: "shocked but dealing"; missed 1 tx for work. KDQOL-36 completed.
Employment: discussed FMLA / ADA accommodation; pt wants a 3rd shift chair -
placed on list.
Insurance: employer plan primary, Medicare application started (30 mo coord
period explained).

Education provided w/ nurse educator: importance of full treatments, fluid and
phosphorus control. Explained in plain terms that high phosphorus over years can
cause calcium to build up in vessels and, rarely, cause the painful skin wounds of
calciphylaxis; pt asked questions, seemed to undrestand.

Skin: no wounds per nursing flowsheet.
Plan: SW f/u monthly; transplant referral packet given.
"""),
("2026-04-21", "Renal Dietitian Note", """
RENAL NUTRITION - new start assessment

38M on HD since Feb 2026. No DM. Wt 79.5 kg, Ht 177 cm, BMI 25.3.
Labs 4/14: Phos 6.4, Ca 9.1, K 5.6, Alb 4.0, PTH 410.

Diet: eats at work (restaurant), energy drinks x2/day, fast food 3x/wk.
Binder: calcium acetate prescribed, takes ~half of doses.

Education:
- high phosphorus foods and additives, label reading
- why binder timing matters; linked to pt's question about calciphylaxis
  risk - explained it is uncommon but keeping phosphorus and calcium in range is
  part of prevention
- fluid goal 1 L/day + urine output
Skin intact on brief look at arms and legs today, no concerns voiced.

Goals: Phos < 5.5, K < 5.5 by next month; take binder with each meal.
F/u 1 month.
"""),
]}

PATIENTS = [C15, C16, C17, C18, C19, C20]
