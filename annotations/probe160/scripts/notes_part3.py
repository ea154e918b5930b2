"""probe160 corpus notes, A15-A20 (integrative medicine, acupuncture, massage and the clinics around
them; all people, places and wording invented)."""

A15 = {"patient_id": "A15", "age": 71, "sex": "M", "notes": [
("2016-04-05", "Cupping Therapy Note", """
NORTH ORCHARD ACUPUNCTURE & CUPPING
Cupping / acupuncture tx note     Farid Mansouri, L.Ac.

71 yo M, chronic lumbar ache 5/10, stiff in the mornings. Hx: kidney failure on dialysis 3x/wk
(fistula, left arm), atrial fib - takes warfarin (INR "around 2.5" per pt), BPH. Not diabetic.
Ht 178 cm / Wt 78.6 kg -> BMI 24.8.
Tongue dark w/ purple spots; pulse wiry, choppy. Pattern: qi & blood stagnation lumbar region.
Tx:
- fire cupping, glass cups sizes 3-4, 8 cups lumbar paraspinals both sides, retained 10 min,
  light-moderate suction given warfarin; marks dark red-purple (sha) as expected
- needles BL40, BL60, SI3 bilat, 20 min
Pt felt looser afterwrds.
Told marks usually fade in 3-7 days; call if any mark is painful or doesn't fade.
Next: 2 wks.
"""),
("2016-05-03", "Acupuncture Follow-up", """
NORTH ORCHARD ACUPUNCTURE & CUPPING - f/u

S: back pain 3/10. Most cup marks faded within a week, but one spot on the L lower back has
turned into a painful, "lacy purple" patch over about the last week, darkening daily.
O: L low back, inside where one of the lower cups sat: 3x3 cm violaceous netlike patch with a
firmer, dusky center, tender. Remaining cupping sites fully cleared. No blisters, no open skin.
A: not the course of an ordinary sha mark; on warfarin and dialysis.
P: NO cupping. Needles distal only (SI3, BL60, Yintang). Referred to his nephrologist's office
today; copy of note + photo sent with pt.
"""),
("2016-05-20", "Dermatology Consult", """
DERMATOLOGY CONSULT
71M on HD, warfarin for AF. Referred by nephrology for a L lower back lesion that arose within a
cupping site about 3-4 wks ago.
Exam: L lumbar 3.5x3 cm branching purpura, firm dusky middle, no ulcer; no other lesions.
INR 3.1. Ca 9.5 with PO4 6.2; PTH 690.
DDx: warfarin-related / cupping purpura vs cholesterol emboli vs early calciphylaxis - cannot
distinguish clinically.
Shave-punch 5/13 (superficial): dermal hemorrhage only; neither calcified vessels nor thrombi,
but the specimen is too shallow to say calciphylaxis is absent. Advised a deeper incisional
sample with fat; pt declined ("enough cutting"). Next week he relocates to his daughter's in
Oregon; records given, advised to see a dermatologist there and tell his new dialysis unit.
Impression: retiform purpura L low back, possible calciphylaxis, not confirmed.
"""),
]}

A16 = {"patient_id": "A16", "age": 67, "sex": "F", "notes": [
("2026-01-13", "Acupuncture Treatment Note", """
MEADOWLARK ACUPUNCTURE COLLECTIVE
Visit 3 - Rosalind Achebe-Strand, L.Ac.

67 y/o F, painful diabetic neuropathy both feet (burning, 6/10 at night). DM2 on insulin
detemir + aspart, CKD 4 (eGFR 19 in Dec, pre-dialysis, nephrology following), HTN.
Tx:
- needles ST36, SP6, LR3, KI3 and Bafeng bilat; 0.20x30 mm, single-use, alcohol prep
- e-stim ST36-SP6 pair each leg, 2 Hz, 20 min
- L SP6 needle re-inserted once (pt jumped), small drop of blood, pressure applied
Pt reports feet "tingly but less burning" after.
Plan: weekly x 6. Reviewed: no heating pads on feet.
"""),
("2026-02-17", "Primary Care Visit", """
PRIMARY CARE - OFFICE VISIT

67F, DM2 (insulin), CKD 4, HTN. Weekly acupuncture for neuropathy since December.
CC: tender lump on the inner L lower leg for ~10 days, at one of the acupuncture points
above the ankle (she points to the SP6 spot), now with a purple lacy ring.
VS: BP 144/78, P 70, T 36.6, weight 81.0 kg; BMI 30.2.
Exam: L medial lower leg, ~4 fingerbreadths above the medial malleolus: 2 cm hard, sore
nodule in the subcutis w/ surrounding 4 cm violaceous livedoid patch, no ulcer, no drainage.
R leg: tiny healed needle marks only.
Labs: creatinine 2.9, Ca 9.8, phosphate 5.6, iPTH 240.
A: nodule at acupuncture site - ddx atypical mycobacterial infection from needling vs
panniculitis vs early calciphylaxis (advanced CKD, takes a calcium binder).
P: pause acupuncture. Derm referral, consider biopsy + AFB culture. Stop calcium carbonate.
"""),
("2026-03-03", "Dermatology Consult", """
DERMATOLOGY CONSULT

67F CKD 4 (not on dialysis), insulin-requiring DM2.
L medial lower leg nodule at a prior acupuncture needle site, onset early Feb 2026; livedoid
patch now 5 cm, nodule 2 cm, no ulceration.
Impression: panniculitis with livedoid change at a needling site. Infectious panniculitis
(atypical mycobacteria) and early calciphylaxis are both considered; calciphylaxis cannot be
excluded.
Plan: deep incisional biopsy w/ tissue AFB/fungal cultures scheduled 3/10; pt to keep
acupuncture paused.
Addendum 3/24/26: pt cancelled biopsy twice; states she is transferring all care to a health
system near her son. No diagnosis established here. Records released.
"""),
]}

A17 = {"patient_id": "A17", "age": 79, "sex": "M", "notes": [
("2018-10-02", "Massage Therapy Session Note", """
SANDSTONE DAY SPA - MASSAGE THERAPY NOTE / INCIDENT
LMT: Dolores Quintanilla

Client 79 M, first visit, gift certificate from family. Intake: on dialysis, "thin skin", no
blood thinners, no diabetes.
Service: 60 min hot stone massage, basalt stones in heater at 130 F.
During treatment client said a placed stone on his R low back "felt too hot"; stone removed
immediatly (approx 1-2 min contact). Area: R lower back next to spine, ~4x3 cm bright red,
no blister at end of session. Cool damp cloth applied (no ice).
Remaining session done w/o stones on the back, Swedish only, light pressure.
Manager informed; incident form #18-114 completed; client's daughter informed at pickup and
advised to have it checked if it blisters.
"""),
("2018-10-23", "Nephrology HD Note", """
NEPHROLOGY - HD ROUNDS

79M ESRD (ischemic nephropathy) on HD MWF, CHF EF 25%, severe PVD, frailty. Not diabetic.
R low back: site of a hot stone burn at a spa 10/2. Since mid-October it has evolved into a
4x3 cm blackened eschar inside a purple netlike rim, much more painful than expected for a
small burn.
DDx: full-thickness thermal burn vs calciphylaxis (Phos 7.2, PTH 980) - cannot exclude
calciphylaxis. Offered biopsy; pt declined: "I'm not doing more tests."
Goals of care discussed with pt + daughter (HCP): intradialytic hypotension, 3 hospitalizations
in 2 months, wishes to withdraw from dialysis and go home.
Wt 54.3 kg post, cachectic.
Plan: last HD 11/1 per pt wishes; hospice referral; wound care dressings only.
"""),
("2018-11-06", "Hospice Admission Note", """
HOSPICE ADMISSION - RN CASE MANAGER / MD

79M, ESRD, withdrew from hemodialysis (last tx 11/1/18), CHF, PVD. Comfort care.
Skin: R low back eschar 4.5x3 cm with violaceous rim - hot stone burn from 10/2 vs possible
calciphylaxis, never biopsied; pt and family do not want workup. Sacrum and heels intact
(offloading boots on).
Cachectic, 54 kg, no longer weighed.
Symptoms: dyspnea mild, pruritus, pain 4/10 at back wound.
Plan: hydromorphone 0.5 mg SL q2h prn, haloperidol prn, foam dressing to back q3d, turn q2h w/
pillow wedges avoiding the R back wound, chaplain visit. Family at bedside.
"""),
]}

A18 = {"patient_id": "A18", "age": 62, "sex": "F", "notes": [
("2022-05-10", "Massage Therapy SOAP Note", """
RIVERBIRCH MASSAGE & WELLNESS - SOAP
LMT: Tobias Greenhalgh

Client 62F, monthly maintenance, on dialysis 3x/wk (R arm fistula, no work on R arm), type 2
diabetes on glipizide.
S: neck & upper back tight 5/10 after a stressful month.
O: while draping the legs noticed clusters of small raised purple spots over both shins
and calves, some with a tiny crusted center; client says they came up "about a week ago",
mildly sore. Not there at her April session.
Treatment: 50 min, Swedish back/neck/shoulders, moderate pressure; legs NOT worked, covered.
A: upper body tension relieved, 2/10 post.
P: advised client to see her doctor about the leg spots before next session; will hold lower
body work until cleared.
"""),
("2022-05-19", "Dermatology Consult", """
DERMATOLOGY CONSULT

62F ESRD on HD (HTN/DM), DM2 on glipizide, not on warfarin. BMI 28.0.
Eruption of the lower legs for about two weeks, noticed by her massage therapist.
Exam: bilateral shins and calves w/ numerous 3-8 mm palpable purpuric papules, several with
small crusted ulcers, and patchy livedo. No retiform plaques, no eschar. Thighs and trunk clear.
DDx: cutaneous small-vessel vasculitis (drug? infection?), ?calciphylaxis given HD,
cryoglobulins.
Procedure: two punch biopsies L calf (H&E/von Kossa, DIF).
Labs: cryo, hep B/C, ANCA, C3/C4, SPEP.
RTC 2 wks with results.
"""),
("2022-06-02", "Dermatology Follow-up", """
DERMATOLOGY FOLLOW-UP

Path (5/19): leukocytoclastic vasculitis in the superficial dermis with fibrinoid necrosis;
no calcium in vessels, dermis or fat (von Kossa negative). DIF: C3 only, IgA neg.
Hep C Ab positive, RNA pending; cryocrit 2%.
Assessment: cutaneous small vessel vasculitis, likely cryoglobulinemic (HCV); calciphylaxis
excluded on biopsy.
Lesions fading on both legs, ulcers healing.
Biopsy sites on the L calf healed, sutures out today.
Pt relieved it is "not the dialysis skin thing"; told her massage therapist may resume leg work
once the spots are gone.
Plan: hepatology referral for HCV treatment; leg elevation; no steroids for now; nephrology
copied (HCV on a dialysis unit -> infection control notified). RTC 6 wks.
"""),
]}

A19 = {"patient_id": "A19", "age": 52, "sex": "M", "notes": [
("2016-08-09", "Integrative Medicine Consult", """
INTEGRATIVE MEDICINE CONSULT
Dr. Helena Voskuijlen, MD

52M, type 1 diabetic from the age of 11, pumping insulin lispro (basal 0.8 u/h), CKD stage
3a (eGFR 52), painful peripheral neuropathy, HTN. No anticoagulants.
Wants non-drug options for foot pain 6/10. Worried about his kidneys: his older brother, also
type 1, needed hemodialysis and in 2014 died from calciphylaxis ("his legs went black").
Vitals: BP 128/76. Weight 84 kg. BMI: 27.
Skin exam: legs, thighs, abdomen, pump sites - no purpura, nodules or ulcers; feet w/ dry skin,
monofilament reduced distally.
Reassured: calciphylaxis mostly affects people on dialysis; his kidney function is moderate.
Plan: acupuncture trial x 6; alpha-lipoic acid 600 mg; mindfulness class; foot care
education; nephrology follow-up as scheduled.
"""),
("2016-09-20", "Acupuncture Note", """
INTEGRATIVE MEDICINE - ACUPUNCTURE, visit 4
Pt reports night burning in feet down from 6/10 to 3/10, sleeping better.
Tx: Bafeng, KI3, ST36, SP6, LR3 bilat, 0.20 mm, 25 min; pump site on L flank avoided.
Skin check of both legs and feet before needling: intact, no lesions.
Discussed ongoing fear of his brother's illness; no sign of it on him.
Vitals: BP 124/74, pump reading 142 mg/dL pre-tx. Mild needle ache L foot, resolved by end.
Sleep improved 2 -> 5 h uninterrupted; using less gabapentin at night per pt (self-reduced,
told to clear it with PCP).
Plan: continue weekly x 2, then monthly. Foot care reminders given.
"""),
]}

A20 = {"patient_id": "A20", "age": 69, "sex": "F", "notes": [
("2026-04-14", "Integrative Medicine Consult", """
INTEGRATIVE MEDICINE - NEW CONSULT
Dr. Oluwaseun Farrington-Blake, MD

69F, kidney failure, dialyzes Tue/Thu/Sat (L AVF); AF, takes warfarin; T2DM on diet alone
(A1c 6.2); obesity. R shoulder pain 6/10, frozen shoulder features.
She asks about moxibustion, hot stone massage and cupping that her neighbor recommended.
Vitals: 136/82, 72 irregular. Wt 89.5 kg; BMI 33.9 (obese).
Skin: intact on shoulders, trunk, thighs and legs; no purpura, no nodules.
Counselling: dialysis patients can develop calciphylaxis (painful necrosis of skin and fat), and
heat, suction or deep pressure on the skin could theoretically bring it on in a susceptible
person; on warfarin cupping can also cause large bruises. Recommended avoiding moxa, hot
stones and cupping.
Plan: acupuncture (needles only), gentle ROM program, topical diclofenac on R shoulder.
"""),
("2026-06-02", "Acupuncture Note", """
HOSPITAL INTEGRATIVE CLINIC - ACUPUNCTURE, visit 5
R shoulder pain 3/10, flexion improving.
Per Dr. Farrington-Blake: needles only, no moxa, no cupping, no heat lamp.
S: sleeping on the R side again for short stretches; reaching to the top shelf still hard.
O: R shoulder flexion 135 deg (was 100 at intake), ER 35 deg. BP 130/78 pre-tx, INR last
week 2.4.
Tx: LI15, SJ14, SI9 R; ST38 L (distal); LI4 bilat. 25 min, 0.18 mm needles; pressure held 1 min
on each point after removal (warfarin), no bleeding.
Skin inspection R shoulder, upper back and legs: intact, no new lesions.
Plan: weekly x 4.
"""),
]}

PATIENTS = [A15, A16, A17, A18, A19, A20]
