"""probe181 corpus notes, A01-A07 (HIV and sexual health clinics and the clinics around them; all invented)."""

A01 = {"patient_id": "A01", "age": 52, "sex": "M", "notes": [
("2023-02-06", "HIV Clinic LAI Injection Visit", """
RIVERSIDE HIV & SEXUAL HEALTH CLINIC -- LONG-ACTING INJECTABLE VISIT
Visit type: CAB/RPV LA initiation (inj #1)

52yo man, HIV dx 2009, suppressed on oral DTG/RPV x3 yrs, here to begin the
every-2-month cabotegravir/rilpivirine LA. Oral lead-in skipped (his choice).
PMH: ESRD from HIVAN, dialyzes Mon-Wed-Fri via L brachiocephalic fistula;
HTN; secondary hyperPTH. Not diabetic. No anticoagulants.
Vitals - BP148/86, P78, 36.7C, 79.4kg, BMI 26.1
Labs 1/30: HIV-1 RNA <20 c/mL, CD4 588 (31%), HBsAg neg, anti-HBs 112.

Injections (RN J. Okafor, witnessed), 6 Feb 2023:
 - cabotegravir 600mg/3mL IM, R gluteal (upper outer quadrant), 1.5" needle
 - rilpivirine 900mg/3mL IM, L gluteal
Tolerated. Watched 10 min after the RPV per protocol - no post-inj rxn.

Plan: inj #2 due 3/6/23 (window +/- 7 d), then every 2 months. Went over what
to expect (soreness, small knot, warmth for 1-3 days); phone us if severe.
Oral DTG/RPV ends today.
"""),
("2023-03-06", "HIV Clinic LAI Injection Visit", """
LAI VISIT - inj #2 (month-2 continuation)
S: Reports a sore dark patch, R buttock, first spotted ~10 days ago - "way worse
than the usual ache after the shots." Pain 7/10, worse when seated. Afebrile at
home, nothing leaking.
O: temp 36.9 / BP152/90 / P84
R upper-outer buttock: violaceous, indurated 6x4cm plaque, net-like purple
edge, 1cm dusky centre, exquisitely tender. L buttock: no knot.
A/P:
1. R buttock plaque - sits right where the CAB went on 2/6. Not a typical
   injection reaction. Ddx ISR with hematoma vs abscess vs calciphylaxis (ESRD,
   PTH 1140 last month). Derm slot found for this week; RN messaging renal.
2. HIV - VL drawn. Both doses given into the L gluteal today, 2cm apart,
   staying off the R side. Next due 5/8/23.
"""),
("2023-03-09", "Dermatology Consult", """
DERMATOLOGY CONSULT -- urgent outpatient
Referring: Riverside HIV clinic. Reason: painful R buttock plaque.
HPI: 52M, ESRD on HD, HIV well controlled, switched to LA cabotegravir/
rilpivirine on 02/06/2023. Onset of the R buttock lesion 2/24/23 per pt,
enlarging since. No other new meds. Denies any fall or knock to the area.
Exam: R superolateral buttock - 7x5cm retiform purpura, stellate black eschar
(1.5cm) centrally, ringed by livedo, pain way out of keeping with the look
of it.
Not fluctuant. Rest of skin (L buttock, both thighs, abdomen) unremarkable.
Impression: eschar within retiform purpura, arising precisely where his first
cabotegravir injection went in (2/6/23), in a man on HD. Calciphylaxis leads the
differential; Nicolau-type embolic injection necrosis and septic emboli less
likely.
Procedure: two deep 6mm punches taken from the rim (H&E; calcium stain
requested); a third to micro for tissue culture. Gelfoam for hemostasis.
Plan: call w/ results, wound RN for dressings, no further injections on the R.
"""),
("2023-03-20", "Nephrology Progress Note", """
NEPHROLOGY - HD ROUNDS, chair 9
Path back (3/9 punches): subcut arterioles w/ calcium in the media, intimal
thickening and luminal clot; the von Kossa stain confirms. Culture: sterile.
Dx: calciphylaxis (calcific uremic arteriolopathy), R buttock, at the
earlier CAB injection site.
Today: pain 6/10, using oxycodone 5mg prn. Wound 7x5cm, eschar intact & dry.
Ca9.6  P7.1  iPTH1140  alb3.4
78.1kg today -> BMI 25.7
Plan:
- thiosulfate 25g IV each run (given over its final hour)
- calcium acetate out; sevelamer 1600 w/ meals in its place; cinacalcet 30 added
- lengthen runs to 4h, 2.0 Ca bath
- HIV team aware; further LA doses to the L gluteal only, or back to oral
  ART if any new lesion
- no vitamin K antagonists
"""),
]}

A02 = {"patient_id": "A02", "age": 63, "sex": "M", "notes": [
("2021-11-01", "Sexual Health Clinic Follow-up", """
SEXUAL HEALTH CLINIC -- follow-up, anogenital warts
63M, MSM, HIV on DTG + DRV/r (VL undetectable), ESRD doing home PD, T2DM
using glargine, AF - warfarin (anticoag clinic manages INR).
Hx: 4 condylomata on the penile shaft were treated here with liquid nitrogen
cryotherapy in mid-October, 2 freeze-thaw cycles each. Pt says the spots
scabbed over and are now "mostly gone".
Exam: penile shaft - treated spots healed with faint hypopigmentation; 2 tiny
residual warts near the corona (<2mm). Scrotum and perianal skin clear. No
inguinal nodes.
RPR nonreactive; GC/CT NAAT urine + rectal neg.
VS: BP134/78 HR71 98.2kg BMI 31.4
Plan: imiquimod discussed, pt would rather wait. Recheck in 4-6 wks, repeat
cryo then only if the residual warts persist.
"""),
("2021-11-29", "Urology Inpatient Consult", """
UROLOGY CONSULT
Requested by: hospital medicine (admitted 11/27 w/ pain, poor intake)
HPI: 63yo man - PD for ESRD, insulin-treated DM2, HIV (VL undetectable), AF
anticoagulated w/ warfarin - whose penile pain started about 3 weeks ago; a
black spot then showed up on the shaft and has widened. Voiding fine.
Exam: penile shaft w/ a 2.2x1.4cm adherent black eschar, lacy violaceous
mottling around it; glans pink and well perfused. Testes normal.
CT A/P 11/28: heavy calcification of cavernosal and internal pudendal
arteries; no abscess, no soft tissue gas.
INR2.7 | WBC8.1 | Ca10.1 | P6.8 | PTH890
Impression: penile calciphylaxis - made clinically. Bx deferred; tissue here
heals poorly and a bx wound may never close.
Rec: leave the eschar alone for now, dry dressing, pain control, nephrology to
start sodium thiosulfate; we would favour stopping warfarin.
"""),
("2021-12-06", "Nephrology PD Clinic", """
PD CLINIC (nephrology f/u after discharge)
Dx: calciphylaxis of the penis, dx by urology 11/29/21 (clinical + CT).
S: pain 5/10, sleeping better. Partner helps w/ daily dry dressings.
PD: CCPD 5x2.0L, day dwell 1.5L icodextrin; effluent clear.
Kt/V 1.9 (Nov). Residual urine ~300 mL/day.
Med changes: warfarin STOPPED 12/1 -> apixaban 2.5 BID; calcium carbonate
off; sevelamer 800 w/ each meal; cinacalcet 30 qd; STS 25g IV given M/W/F in
the downstairs infusion chairs. Glargine 18u qhs, A1c 7.6%.
BP128/74, weight 97.5kg (BMI 31.1)
Plan: recheck Ca/Phos/PTH in 2 wk; wound check w/ urology 12/13; HIV clinic
updated by phone.
"""),
]}

A03 = {"patient_id": "A03", "age": 46, "sex": "M", "notes": [
("2023-09-18", "HIV Primary Care Visit", """
HIV PRIMARY CARE - routine
46M, HIV since 2004, ESRD (in-centre dialysis, Tu/Th/Sa shift), efavirenz in
the past. Now DTG + DRV/c. VL <20, CD4 441.
Issue: bilateral gynecomastia (long-standing, began on EFV), embarassed at the
gym. Has been wearing a tight compression vest under his shirts all day since
the spring, bought online. Asks about a surgical referral.
Exam: bilat breast tissue ~4cm, nontender. Chest skin w/ mild red lines where
the vest's lower band sits, intact.
BP140/82  HR76  101.6kg  BMI 31.2
Plan: gynecomastia - plastics referral sent; advised to take the vest off to
sleep and keep it under 8-10 h a day. Labs: testosterone, estradiol,
prolactin, TSH.
Dialysis per renal team. Not diabetic.
"""),
("2024-02-12", "HIV Clinic Same-Day Visit", """
HIV CLINIC - SAME-DAY
S: 46M on HD c/o burning pain L lower chest "since New Year's Day," now with a
dark scab. Still wearing the compression vest daily (plastics appt not until
April). Pain keeping him up, Tylenol not helping.
O: 37.0C, BP156/88, P90, 99.4kg, BMI 30.6
L lower anterolateral chest wall: a horizontal band (9x3cm) of retiform purpura
around a central black eschar (2.5x1.5cm), lying just under the lower elastic
edge of the vest. R side: faint redness only.
HD bloods 2/10 - PTH1320, Ca9.9, phos8.2, alb3.1
A/P: necrotic plaque, severe pain; dialysis pt, phosphate and PTH both high ->
worried about calciphylaxis. Told to stop the vest now. Urgent derm for bx;
nephrology paged.
"""),
("2024-02-20", "Dermatology Consult", """
DERM CONSULT NOTE
CC: L chest wall ulcer. Seen 2/14 for incisional bx of the plaque margin.
Path: small vessels w/ medial calcium deposits, necrotic fat; calcium picked
out by the von Kossa stain. Read as calciphylaxis.
Pertinent: compression vest worn 10-12 h/day since spring 2023 for
gynecomastia; stopped 2/12.
Exam today: L lower lateral chest, retiform purpura 9x3.5cm with eschar,
slightly larger at the lateral end; bx site sutured, clean.
Assessment: calciphylaxis on the L chest wall, confirmed on bx, in the
band where the vest's lower hem pressed on the skin; the sustained pressure
there is the probable trigger.
Plan: no vest or tight garments; thiosulfate at his HD sessions (renal); wound
RN for non-adherent dressings; pain clinic referral. RTC 2 wk.
"""),
]}

A04 = {"patient_id": "A04", "age": 58, "sex": "F", "notes": [
("2022-05-11", "General Surgery Brief Operative Note", """
BRIEF OP NOTE
Date of surgery: 05/11/2022
Surgeon: H. Pemberton, MD   Assistant: none
Pre-op dx: persistent L inguinal lymphadenopathy in a pt with HIV, r/o lymphoma
Post-op dx: unchanged
Operation: excisional biopsy, L inguinal lymph node
Anesthesia: MAC + local (lidocaine 1% w/ epi, 10 mL)
Findings: 3.1cm firm mobile node, not matted, no pus
Incision: 4cm oblique in the L groin crease; closure in two layers (absorbable
deep, running subcuticular), skin glue on top
EBL <10mL. Specimens: node to pathology fresh (flow cytometry), AFB/fungal cx
Complications: none
Comorbid: ESRD (HD, 3 sessions weekly), DM2 on diet alone, obesity.
Dispo: home from PACU. HD tomorrow as scheduled. Keep incision dry 48 h.
"""),
("2022-06-27", "HIV Clinic Follow-up", """
HIV CLINIC F/U  (M. Adeyemi, MD)
58yo woman, HIV on DTG + DRV/r (VL <20, CD4 702), ESRD on HD (MWF), T2DM
controlled by diet alone (A1c 6.3, no meds), obese. No warfarin.
1. L inguinal adenopathy - node path: reactive follicular hyperplasia; flow
   negative for lymphoma; AFB/fungal cx no growth. Reassured.
2. Groin incision: pt says it "never closed right"; a painful black area along
   the scar since early June. On exam the L groin scar carries a black eschar
   3x2cm, rim violaceous and indurated, livedo beyond. Not fluctuant, no pus.
   Afebrile.
   Ddx wound infection/dehiscence vs calciphylaxis. Wound clinic this week;
   renal aware; wound cx sent.
BP162/94 HR82 T36.8 88.9kg BMI 33.2
"""),
("2022-07-08", "Wound Care Clinic", """
WOUND CARE CENTER - VISIT 2
Wound #1: L groin (inguinal), along the 5/11/22 lymph node excision incision
Etiology: calciphylaxis - confirmed on 6/30 punch bx from the wound edge
(calcified arterioles in subcutaneous fat, von Kossa +). Calciphylaxis
developing in the surgical scar.
Onset: early June 2022 per pt
Size: 3.4x2.2x0.3cm; eschar ~70% (adherent), slough ~30%; little serous
exudate; violaceous skin around it, no cellulitis.
Pain: 8/10 whenever the dressing is changed.
Procedure: slough removed w/ curette (selective sharp debridement, 1.2 cm2)
once topical lidocaine had set in; tolerated.
Dressing: calcium alginate + bordered foam; the HD nurses redo it on alternate
days.
Plan: STS at HD per renal, Ca-based binder stopped, f/u 1 wk. BMI 32.9.
"""),
]}

A05 = {"patient_id": "A05", "age": 45, "sex": "M", "notes": [
("2021-12-09", "HIV Clinic Progress Note", """
HIV CLINIC - PROGRESS NOTE
45M, HIV on DTG + DRV/r (VL 46 -> <20), ESRD on PD (CCPD), not diabetic.
Hx provoked DVT 2018, treated w/ warfarin, stopped 2019.
CC: "itchy bumps on my legs driving me crazy." Has been scratching both shins
till they bleed since Thanksgiving. Worse at night. No new soaps, no pets,
partner has no itch.
Exam: many 3-6mm firm excoriated papules and linear scratch marks over both
anterior lower legs, a few on the forearms; finger webs clear, no burrows.
BP128/80 P72 66.0kg BMI 22.4
A: pruritic papular eruption of HIV; xerosis and uremic itch contributing.
Scabies unlikely.
P: triamcinolone 0.1% oint bid to legs, hydroxyzine 10mg qhs, bland
emollient, nails short, cotton socks. RTC 6 wk.
"""),
("2022-01-31", "Nephrology PD Clinic", """
PD CLINIC
Monthly visit. Adequacy ok (Kt/V 2.0), euvolemic, no peritonitis.
New: painful sore on his L shin since mid-January - began as a purple patch,
has opened up, black centre now. Pain 9/10, hydroxyzine and oxycodone 5
barely help.
Exam: ulcer 2.5x2cm on the mid L anterior shin, black eschar centrally,
retiform purpura rimming it, livedo racemosa spreading ~4cm. R shin: dark
healed papules, no ulcer. DP/PT pulses present.
Bloods: PTH960 Ca9.7 P7.4 alb3.0
Imp: suspect calciphylaxis (PD, hyperphosphatemia, hyperPTH). Derm for bx
this week.
Plan: tighter phosphate control, CaCO3 switched to sevelamer, renal dietitian.
BMI 22.0
"""),
("2022-02-08", "Dermatology Consult", """
DERMATOLOGY
Reason: L shin ulcer, r/o calciphylaxis
Bx 2/2 (6mm punch x2, medial edge): calcium rings small arterioles (deep
dermis + subcutaneous fat), w/ clot + necrotic fat; vK stain lights
them up. Dx = calciphylaxis.
Exam: ulcer on L ant shin has grown to 3x2.4cm, eschar + livedo
around; no new lesions. Both shins otherwise with post-inflammatory
hyperpigmentation.
Plan: thiosulfate 25g IV x3/week (PD unit's infusion chair), pain clinic,
wound RN; avoid knocks and compression on the legs.
Continue topical steroid to the R leg papules only. RTC 3 wk.
"""),
]}

A06 = {"patient_id": "A06", "age": 61, "sex": "F", "notes": [
("2024-09-12", "HIV Clinic Injection Visit", """
HIV CLINIC - LENACAPAVIR MAINTENANCE DOSE
61F, multiclass-resistant HIV (NRTI, NNRTI, PI and INSTI mutations) on
lenacapavir q6mo + OBR (DTG bid, DRV/r, fostemsavir). Labs 8/29: VL <50,
CD4 212.
PMH: ESRD - in-centre HD, R arm graft; T2DM - glargine + lispro,
she injects both thighs; obesity; HTN.
BP150/84 P80 92.1kg BMI 36.0
Given today, Sept 12 2024: lenacapavir 927mg SC as 2 x 1.5mL injections
in her L lower abdomen, >5cm from the umbilicus, ~5cm apart. No
immediate reaction.
Counselled: firm lumps under the skin at lenacapavir sites are common and
can last months; ring us if redness spreads, there is pus, or the skin breaks
down.
Next dose due 3/2025 (+/- 2 wk).
"""),
("2024-10-28", "HIV Clinic Nurse Note", """
RN NOTE - phone triage -> same-day visit
Pt called: "the shot spots on my belly turned black." Seen in clinic.
Had the expected hard lump since the injection, but since early October it
has hurt badly, gone purple, and the centre has turned black.
Exam (w/ NP Vasquez): L lower abdomen - 2 firm SC nodules at the lenacapavir
sites; overlying them a 6x5cm violaceous plaque, net-patterned border, 1.5cm
of necrosis in the middle. No fluctuance or drainage. T 37.1.
NP assessment: atypical for a lenacapavir nodule; worried about necrosis in a
diabetic HD pt. Urgent derm referral, photos in chart, xeroform + gauze
applied. Pt to bring latest HD labs.
"""),
("2024-11-06", "Dermatology Consult", """
DERMATOLOGY CONSULTATION
61F w/ HIV on lenacapavir q6mo, ESRD/HD, insulin-requiring DM.
Bx 10/30 (incisional, margin of the plaque on the L lower abdomen): vessel
walls in the subcutis laden with calcium, thrombosed, with septal
panniculitis; von Kossa positive. No granulomas, no organisms.
Dx: calciphylaxis arising at the lenacapavir injection site (L lower abdomen),
onset early Oct 2024, a few weeks after the 9/12 dose.
Other skin: thigh insulin sites have mild lipohypertrophy only, no purpura.
Plan: thiosulfate with dialysis; calcium supplements stopped; wound care;
future lenacapavir dosing only after talking w/ the HIV team (other site or
other agent);
insulin site rotation reviewed. BMI 35.6.
"""),
]}

A07 = {"patient_id": "A07", "age": 57, "sex": "M", "notes": [
("2019-05-20", "HIV Clinic Follow-up", """
HIV / MEN'S HEALTH CLINIC - FOLLOW-UP
57yo M, HIV (2001), on DTG + DRV/r, VL <20, CD4 530.
ESRD; dialysis T/Th/S by L forearm fistula. AF: takes warfarin (goal 2-3).
No diabetes, A1c 5.5.
#Hypogonadism: started testosterone cypionate 100mg IM once a week in
March 2019; self-injects into the R outer thigh (right-handed, finds the L
side awkward). Energy better. TT 512 ng/dL, Hct 44%.
#Vaccines: Heplisav-B #2 given today, L deltoid. Shingrix series complete.
#Anticoag: INR 2.4 on HD labs.
BP136/80 P68 84.2kg BMI 27.5
Plan: continue T; recheck TT/Hct in 3 mo; RTC 3 mo.
"""),
("2019-07-23", "Nephrology HD Rounding Note", """
HD ROUNDING NOTE
Chair 14. Tolerating 4h runs, UF 2.8L, pressures stable.
Pt c/o exquisitely painful lump on the R outer thigh x 2 wks, keeping him
awake. Denies fever. INR 2.9.
Exam: R lateral thigh (middle third) - indurated 5x4cm plaque, retiform
purpura, dusky centre, very tender; not fluctuant. L thigh clear.
PTH780, Ca10.2, P6.9 (product ~70)
Imp: r/o calciphylaxis - high suspicion (HD + warfarin + high CaxP).
Plan: derm consult for bx; discuss warfarin -> apixaban with cardiology;
calcium acetate -> sevelamer; low-calcium dialysate.
"""),
("2019-08-01", "Dermatology Consult", """
DERMATOLOGY CONSULT
Bx 7/25/19, R lateral thigh (two 5mm punches, edge + centre): subcutaneous
arterioles calcified, intima fibrosed, thrombi present, fat necrotic; calcium
stain +; vasculitis absent.
Dx: calciphylaxis, bx-proven; site R lateral thigh.
Exam: plaque has grown to 6x5cm, a 2cm central eschar forming, livedo around.
No other lesions on trunk, buttocks or L leg.
Plan: thiosulfate 25g IV each dialysis day (TTS); warfarin changed to apixaban
7/29 by cardiology; wound RN - skip hydrocolloid, use nonadherent layer + ABD
pad;
pain: gabapentin 100mg post-dialysis.
"""),
]}

PATIENTS = [A01, A02, A03, A04, A05, A06, A07]
