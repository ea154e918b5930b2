"""probe135 corpus notes, X01-X07 (outpatient HD unit, vascular access center and the clinics
around them; every person, place and sentence invented)."""

X01 = {"patient_id": "X01", "age": 67, "sex": "F", "notes": [
("2019-10-07", "HD Unit Nursing Note", """
LARKMOOR DIALYSIS CENTER - IN-CENTER HD TREATMENT NOTE (RN)
Chair 14, MWF 2nd shift, tx #388

Pre-tx: BP 162/84 sitting, HR 78, T 36.6, RR 16, SpO2 97% RA
Pre-wt 98.9 kg (EDW 96.5) -> UF goal 2.6 L. Denies SOB, trace ankle edema.
Access: L forearm radiocephalic AVF, thrill/bruit strong. Cannulated 15G x2 first attempt,
AP -170 / VP +160 at Qb 400, Qd 600.

Skin/pain: pt complains of an extremely sore place on her R outer thigh, rates it 9/10,
"worse than my
dialysis needles". She first noticed it 10/02/2019 as a hard pink lump, since then it has gone
purple-gray. On inspection the R lateral thigh shows a firm violaceous zone approx 5x3cm,
lacy rim, dusky centre, nondraining, tender even to a fingertip. Pt says she gives her
Lantus and Humalog into both outer thighs, "always the thighs, never the belly".
Charge RN Oyelaran and Dr. Penhallow notified 1020; derm referral faxed.

Tx completed 4 hr, net UF 2.5 L, post BP 138/76. Needles pulled, hemostasis 8 min, no
bleeding at sites.
- R. Castellano, RN
"""),
("2019-10-15", "Dermatology Consult", """
DERMATOLOGY CONSULTATION - Ashgrove Skin Clinic
Referring: V. Penhallow MD (nephrology, Larkmoor Dialysis)
Reason: painful R thigh lesion in a hemodialysis pt

HPI: 67F with ESRD, 3 yrs into thrice-weekly in-center runs (diabetic nephropathy), T2DM
on insulin since 04/11/2017 (glargine 18 u qHS + lispro sliding scale, self-injected into
the lateral thighs on
both sides). Here for a painful dusky area of the R lateral thigh that appeared 10/02/2019.
Pain seems far greater than the exam would suggest, keeps her awake; oxycodone 5 mg barely
helps.
Meds: insulin as above, sevelamer 1600 mg TID, calcium acetate 1334 mg (2 caps) each meal,
cinacalcet 60 mg qd, calcitriol w/ HD, apixaban 2.5 mg BID (AF), atorvastatin.

Exam: obese woman, BMI 36.4. R lateral thigh: stellate retiform purpura 6x4cm, black eschar
centrally, firm indurated rim, livedo surrounding. L thigh: patchy
lipohypertrophy, no purpura. Pedal pulses faint bilat.

Procedure: consented; 6-mm punch biopsies (2) from the firm rim on the R lateral thigh,
sutured; histology to include von Kossa. Hemostasis good.

A/P: strong suspicion of calciphylaxis. Await path. Pain regimen per nephrology.
- M. Thibodeaux, MD
"""),
("2019-10-28", "Nephrology Monthly Rounding Note", """
MONTHLY NEPHROLOGY ROUNDING - Larkmoor Dialysis, MWF 2nd shift
67 F, HD via L RC AVF, ESRD 2/2 diabetic nephropathy

Interval: skin bx 10/15 (R lateral thigh) returned: subcutaneous arteriolar medial
calcium with intimal thickening, fat necrosis; von Kossa +, consistent w/ calciphylaxis.
The necrotic plaque sits right on her R thigh insulin injection sites, where she has put
glargine/lispro for 2.5 yrs. Now 7 x 5 cm with eschar, no cellulitis.

Labs 10/21: iPTH 845 | Ca(corr) 9.8 | PO4 7.1 | Alb 3.2 | Hgb 10.9 | TSAT 31%. spKt/V 1.38.
Post-wt 96.3 kg; BMI 35.9.

Plan:
1. Calciphylaxis: STS 25 gm in 100 mL NS infused during the final half hour of every
   treatment, start Wed.
   STOP calcium acetate, sevelamer alone as binder. Hold calcitriol. Cinacalcet up to 90 mg.
   Dialysate Ca lowered to 2.0.
   Insulin shots to move to her abdomen going forward; pt taught, she agrees.
   Wound care referral; derm f/u 2 wks.
2. Anemia: Mircera dose unchanged.
3. Access: functioning well, no intervention.
- V. Penhallow, MD
"""),
]}

X02 = {"patient_id": "X02", "age": 58, "sex": "M", "notes": [
("2021-10-19", "HD Treatment Note", """
IN-CENTER HEMODIALYSIS FLOWSHEET NOTE    Brennock Kidney Care    TTS 1st shift
Dx: ESRD (IgA nephropathy), HD since 2018. Access: R upper arm loop AVG (placed 2019).

Pre: BP 148/90, P 88 irreg irreg, T 98.2 F, wt 81.4 kg (EDW 79.5). Lungs clear.
Access: R arm graft w/ good thrill, no redness; 16G x2 antegrade/retrograde.
Qb 350 Qd 600, 2K/2.5Ca, heparin per unit protocol. VP running high 220-240 again today.
INR 2.6 on warfarin 5 mg (AF) - faxed to anticoag clinic.

Vaccines: influenza vaccine (quadrivalent 0.5 mL) given IM into the L upper arm (deltoid),
non-access side, 10/19/21 at 0715 by this RN, lot FQ7731C, VIS provided. Pt tolerated, no
reaction at 15 min.
Hep B: anti-HBs 64 in 3/2021 - immune, no booster due.

Tx: 3h45m, UF 2.0 L, BP nadir 118/70. Post-wt 79.4 kg. Needles out, held 10 min.
Plan: refer to access center for fistulogram d/t persistently high venous pressures.
- T. Adebayo-Kerr, RN
"""),
("2021-11-29", "Dermatology Consult", """
DERM NEW PATIENT - Harrowgate Dermatology
CC: "hard, painful purple patch" on left arm

HPI: 58 yo M on hemodialysis TTS for IgA nephropathy, on warfarin for atrial fibrillation
since 2016, sent over from his dialysis unit. Lesion on the left lateral upper arm began
roughly 3 wks ago - a firm sore spot at first - and has enlarged; burning pain 7/10, worse with
sleeves rubbing. No fever. His access is a graft in the right arm (fistulogram w/ venous
angioplasty at the access center 11/9).

Exam: L upper arm, lateral aspect over deltoid: violaceous indurated plaque 5x4.5cm;
netlike purpuric margin; black central eschar 1.5cm. Markedly tender, nonfluctuant.
Rest of skin: no other purpura; xerosis and excoriations on both shins from uremic itch.

Procedure: 4-mm punches x2 at the plaque margin, L upper arm - histology with von Kossa,
and tissue culture.

Assessment: favor calciphylaxis (warfarin, ESRD, phosphorus high per his unit); ddx warfarin
necrosis, vasculitis. Recommend nephrology revisit anticoagulant choice now.
- J. Okonkwo-Lind, MD
"""),
("2021-12-09", "Nephrology Rounding Note", """
Nephrology rounds - Brennock Kidney Care (TTS)
S: L arm pain persists, using acetaminophen + hydromorphone 1 mg after runs. Sleeping poorly.
O: BP 142/84. Post wt 79.1 kg. Body mass index: 27.5 kg/m2.
   L upper arm plaque ~6 cm, eschar unchanged, no drainage.
   Labs: PTH 702 / cCa 9.6 / P 6.9 / Alb 3.5 / Hgb 11.2
   Path (Harrowgate, bx 11/29): calcium crusting the media of little dermal/subcutaneous
   vessels, thrombosed lumens; von Kossa +ve. Culture: no growth.
A: L upper arm calciphylaxis - the biopsy settles it. Contributors: warfarin, high Ca x P, SHPT.
P: - warfarin stopped today; apixaban 5 mg BID (cardiology agrees)
   - Na thiosulfate 25 g each treatment, run in over the last hour
   - sevelamer to 2400 mg with meals; begin cinacalcet 30 mg qd; hold paricalcitol
   - wound RN to see weekly chairside; pain service referral
   - dialysate calcium 2.0
- S. Marchbank, MD
"""),
]}

X03 = {"patient_id": "X03", "age": 71, "sex": "F", "notes": [
("2022-08-15", "HD Unit Nursing Note", """
Hemodialysis nursing progress note - Quillan Dialysis, MWF 3rd shift

Recurrent intradialytic hypotension over the past 6 wks, SBP into the 80s around hr 3 with
cramping and yawning. Midodrine 10 mg pre-run started by Dr Abernethy 7/11. Per his order
pt also began wearing an elastic abdominal binder to each run this summer; she puts it on
at home, wears it snug around her waist, and its lower edge presses on both flanks. Skin
check at the binder edges today: intact, faint blanching redness only.

Vitals: pre BP 118/64, HR 70, afebrile; wt 86.2 kg, EDW lowered to 84.5 on 8/1. BMI=33.8.
HD: L upper arm BC AVF, 15G x2, Qb 400, UF goal 1.9 L (capped 13 mL/kg/h), Na 140, cool
dialysate 35.5 C.
Meds: midodrine, linagliptin 5 mg (DM2), sevelamer, amlodipine held on HD days.
Tolerated run w/o hypotension today, lowest BP 102/58.
Reinforced: fluid limit 1 L/day, weigh at home each morning.
- P. Strand, RN
"""),
("2023-01-09", "Nephrology Rounding Note", """
NEPHROLOGY MONTHLY VISIT - Quillan Dialysis (MWF)
71 F, ESRD from hypertensive nephrosclerosis, HD since 2019, DM2 on linagliptin (no insulin).

S: Since around Christmas pt has had hard, purple, very painful patches on both flanks.
Husband says they look "like bruises that won't fade". Pain 8/10, worst lying on her side.
O: BP 126/70. Wt 84.9 kg.
 R flank: horizontal 9x3cm band of retiform purpura, two small black eschars.
 L flank: 7 x 3 cm similar indurated band, no eschar yet.
 Both bands follow the lower edge of her abdominal binder, which she has worn snug to every
 run (and most days at home) since the summer.
 Labs 1/4: Ca 10.1 (high), phos 7.4, PTH 1,120, alb 3.4
A/P: Calciphylaxis at the binder pressure lines until proven otherwise.
 - binder off for good; midodrine up to 15 mg
 - urgent derm for punch bx
 - stop the OTC calcium carbonate she takes for heartburn
 - begin STS 25 g during dialysis while biopsy pending
R. Abernethy, MD
"""),
("2023-01-24", "Wound Care Clinic Note", """
WOUND & OSTOMY CLINIC - Quillan Regional
Referral: calciphylaxis, bilateral flanks

Path (punch bx R flank, 1/12/23): calcification within subcutaneous arterioles and around
eccrine coils, thrombosed small vessels, septal panniculitis - diagnostic of calciphylaxis.
History reviewed: abdominal binder worn since summer 2022 for dialysis hypotension; lesions
began under the binder edge about 12/25/22. Binder stopped 1/9.

Wound 1 R flank: 9.5 x 3.2 cm, eschar 60% (black), slough 40%, scant serous, periwound
violaceous, no odor.
Wound 2 L flank: 7.0 x 2.8 cm, now with a 1 x 1 cm central eschar, periwound intact.
Pain 7/10, premedicated w/ hydromorphone.
Tx: cleanse w/ NS, Medihoney to eschar, bordered silicone foam; sharp debridement
deferred for now.
BMI 33.1 (wt 84.7 kg).
Plan: weekly visits, STS continues at HD, will ask about HBOT referral.
- L. Gruber, RN, CWOCN
"""),
]}

X04 = {"patient_id": "X04", "age": 63, "sex": "M", "notes": [
("2024-05-06", "HD Unit Nursing Note", """
HD RN NOTE - Calder Street Dialysis  (TTS 2nd shift, chair 6)
63M, ESRD d/t FSGS, HD since 2020 via R brachiobasilic AVF. DM2, no meds (diet), A1c 6.4 in
March.

C/o severe cramps in the R calf during the last hour of runs x 2 months. Pt has been bringing
a microwavable gel heat pack from home since April, warms it in the break room microwave and
keeps it wrapped against the back of his R calf for most of the run. Educated: staff cannot
heat items for him, never put a hot pack right on bare skin; pt voiced understanding but "its
the only thing that works".
Skin: R calf mildly pink where the pack rests, no blistering.

VS pre: BP 156/88, HR 82, 36.8 C, SpO2 98%. Wt 93.7 kg (EDW 91.0), IDWG 2.7 kg.
Run: Qb 450, Qd 700, 3K/2.5Ca, UF 2.8 L; cramp at 3h15 treated w/ NS 200 mL bolus and UF
paused. Post BP 130/80.
Plan: notify MD re cramps - EDW challenge upward? vitamin E or L-carnitine trial?
- S. Vukovic, RN
"""),
("2024-06-18", "Wound Clinic Initial Visit", """
WOUND CENTER INITIAL VISIT - Marlow Heights Hospital
Referred by: Dr. N. Essien (nephrology)

63 yo male on HD (TTS) with a painful wound of the R posterior calf present since late May.
Began as a firm, purple, "burning" patch, then the middle went black. No injury recalled.
PMH: ESRD, DM2 (no meds), HTN, PAD? (ABI 1.3, noncompressible vessels), OSA on CPAP.
Meds: sevelamer 800 mg TID, cinacalcet 30 mg, calcitriol 0.25 mcg, carvedilol, melatonin.

Exam: ulcer of the R posterior mid-calf, 4.2x3.6x0.3cm, 70% adherent black eschar, 30% pale
slough, irregular violaceous border with retiform purpura spreading 2 cm out. Exquisite pain
to light touch (8/10). DP/PT signals dopplerable. L leg: no lesions.
Height 177 cm / weight 93.6 kg => BMI of 29.9 (overweight).

Procedure: punch bx (5 mm) x2 at the purpuric border, R calf; path asked to evaluate for
calciphylaxis.
A/P: ulcer R calf, concerning for calciphylaxis vs arterial ulcer. Dressing: hydrofiber +
bordered foam. Return 1 wk.
- C. Haldane, DO
"""),
("2024-07-02", "Nephrology Rounding Note", """
Nephrology rounding note -- Calder Street Dialysis
ID: 63M HD TTS, R BB-AVF

Skin bx R calf 6/18 -> "calciphylaxis: subcutaneous fat containing calcified small arterioles
and fibrin thrombi, calcium confirmed by von Kossa" (Marlow Heights pathology).
Calf wound today 4.5 x 3.8 cm, no cellulitis. Pain partly controlled on gabapentin 100 mg
post-dialysis plus oxycodone 5 prn.

Labs 6/25: Ca 9.5, PO4 6.6, iPTH 930, albumin 3.7, Hgb 10.2, URR 72%.
Wt 93.4 kg post.

Assessment/Plan:
# Calciphylaxis R lower leg, biopsy confirmed
 - thiosulfate 25 g TIW, final hr of each run; watch anion gap
 - stop calcitriol; cinacalcet increased to 60; sevelamer 1600 TID
 - wound center weekly; consider HBO
 - avoid all heat sources on the legs
# Cramps: better since EDW raised to 91.5 kg.
# DM2: diet controlled, A1c 6.3.
- N. Essien, MD
"""),
]}

X05 = {"patient_id": "X05", "age": 49, "sex": "M", "notes": [
("2023-02-21", "Transplant Surgery Post-op Visit", """
TRANSPLANT SURGERY CLINIC - POST-OP VISIT
Pendry University Hospital

49M, ESRD from reflux nephropathy, deceased donor kidney transplant 2014, chronic rejection
with graft failure, back on HD since 9/2022. Recurrent graft tenderness, hematuria and fevers
-> transplant nephrectomy 02/07/2023 through a right lower quadrant incision (Dr. Fairweather).
Path: chronic active antibody-mediated rejection, infarcted graft.

Today: afebrile 36.9 C, BP 134/82, HR 76. Wt 74.0 kg, BMI: 24.3.
RLQ incision 18 cm, well approximated, staples removed today (32), steri-strips applied. No
erythema, no drainage. Abdomen soft, appropriately tender.
Dialysis via R IJ tunneled catheter at Fenwick Dialysis MWF.
Immunosuppression: tacrolimus stopped; prednisone tapering to 5 mg daily until 3/31.

Plan: lifting limit 10 lb for another 4 wks. Referral to the vascular access center for
permanent
AV access. F/u PRN.
- H. Ibsen, PA-C
"""),
("2023-03-14", "Vascular Access Operative Note", """
VASCULAR ACCESS CENTER - OPERATIVE NOTE
Fenwick Vascular Access Center

Procedure: creation of L brachiocephalic arteriovenous fistula
Indication: ESRD, currently dialyzing through a R IJ TDC since 9/2022 (failed renal
allograft, explanted 2/2023).
Vein mapping 2/28: L cephalic vein 3.4 mm in the antecubital fossa, brachial artery 4.1 mm.
Anesthesia: supraclavicular block + MAC.
Technique/findings: transverse incision just below the L elbow crease, cephalic vein
mobilized, end-to-side anastomosis to the brachial artery w/ 7-0 Prolene, strong thrill at
closure. Layered closure, skin adhesive.
EBL under 10 mL; uncomplicated. Pt to PACU stable.
Dispo: home same day. Elevate arm, no BP cuffs or lab draws on the L arm. Feel for the thrill
daily, call for loss of thrill, fever or bleeding.
F/u 6 wk for maturation duplex; TDC stays until the fistula has been used with 2 needles.
- G. Marchetti, MD
"""),
("2023-06-12", "HD Unit Nursing Note", """
Fenwick Dialysis - RN Assessment Note (MWF 1st shift)
Pt c/o "stabbing, burning" pain at the lower end of his R lower belly scar since Memorial Day.
Lifted shirt: near the bottom tip of the RLQ nephrectomy scar there is a 4 x 3 cm hard dusky
purple plaque w/ a black center, roughly dime-sized; skin around it mottled. No
drainage, no fever (T 37.0). Pt thought it was "just the scar healing".
Pain 8/10, taking APAP only.
Notified Dr. Kwarteng -> derm appt 6/27 arranged, photo placed in chart.
HD: via L BC AVF (first week of 2-needle cannulation, 17G x2, Qb 300), TDC capped and
flushed, heparin locks. Pre-wt 76.1 kg, post 73.9 kg. BP 150/92 -> 136/84.
Labs this month: Ca 10.4 (corrected), phos 8.2, PTH 1,480 - pt admits eating "a lot of
cheese" and skipping binders.
- A. Lindqvist, RN
"""),
("2023-06-27", "Dermatology Consult", """
DERMATOLOGY - Pendry University Hospital
49 y/o man, ESRD, hemodialysis, failed transplant removed 2/7/2023.
CC: painful plaque in surgical scar.

Onset 5/29/2023 (Memorial Day) at the caudal end of the right lower quadrant nephrectomy
incision. Currently an indurated stellate purpuric plaque 6x4cm, necrotic and black centrally,
lying within and along the healed scar; livedo extends 3 cm medially. Trunk, thighs and legs
otherwise clear.
Relevant: prednisone until 3/31, PTH 1,480, phos 8.2, calcium acetate and calcitriol at his
unit.

Bx: 5 mm punch at the edge, R lower abdomen (today) - prelim by phone: calcified subcutaneous
vessels with thrombi, von Kossa positive.

Impression: calciphylaxis arising in the recent nephrectomy scar (Koebner-type localization
to surgical trauma).
Plan: nephrology will begin thiosulfate, drop Ca acetate and calcitriol, discuss urgent
parathyroidectomy; wound care referral; avoid further procedures in this area if possible.
- F. Oduya, MD
"""),
]}

X06 = {"patient_id": "X06", "age": 76, "sex": "F", "notes": [
("2018-01-01", "Emergency Department Note", """
EMERGENCY DEPARTMENT NOTE - Tolland Memorial ED
Chief complaint: fall, L hip pain

HPI: 76 yo F on hemodialysis (MWF, Winslow Dialysis) who lost her footing on ice on her back
porch steps on New Year's Eve (last night) about 2200, falling onto her left side. Head not
struck, no loss of consciousness. Able to stand with help. Pain L lateral hip 6/10.
PMH: ESRD, DM2 on insulin, morbid obesity, AF on warfarin, HFrEF (EF 45%), OA knees.
Meds: warfarin 3 mg, insulin detemir 20 u + aspart w/ meals, metoprolol, sevelamer, torsemide.

Exam: BP 171/80, HR 92 irreg, SpO2 95%. BMI 38.1. Large tender hematoma over the L lateral
hip ~10 x 8 cm with a superficial abrasion; full ROM, no shortening or rotation. L arm AVF
thrill present.
INR 3.4. K 5.6.
Imaging: XR pelvis and L hip: no fracture.

MDM/Dx: mechanical fall; L hip contusion with hematoma; supratherapeutic INR.
Plan: skip tonight's warfarin; repeat INR at dialysis on 1/3. APAP for pain. Home w/ walker;
HD per her
unit's holiday schedule.
- K. Ostrowski, MD
"""),
("2018-02-05", "HD Unit Nursing Note", """
WINSLOW DIALYSIS - RN NOTE, MWF 1st shift, chair 3
Pt arrived by wheelchair, tearful from pain. Says her New Year's bruise had faded, but x 2 wks
she has had a "rock-hard" purple area on the L outer hip that hurts far more than the fall
did, 10/10 when touched or when lying on that side.
Assessment: L lateral hip: 7x6cm violaceous indurated plaque, netlike margins, and a 2 cm
dusky-black center, skin intact, no warmth. R hip clear.
Pre VS: 158/74, 88, 36.5, 95% RA. Pre-wt 104.6 kg (EDW 102.0).
INR today 2.9 (warfarin resumed 1/4).
HD: L UA AVF 15G x2, Qb 400, 2K/2.5Ca bath, UF 2.6 L, tolerated.
Dr. Achebe-Ruiz saw pt chairside: concerned for calciphylaxis; expedited derm bx; hold
warfarin, message to anticoag clinic.
- M. Dziedzic, RN
"""),
("2018-02-16", "Dermatology Follow-up", """
DERMATOLOGY PROCEDURE / FOLLOW-UP - Tolland Memorial Dermatology
Patient: 76 F, HD, AF, insulin-requiring DM2.
Biopsy 2/7/2018 (deep incisional wedge, L lateral hip): lobular panniculitis, fat necrosis, and
small vessels with circumferential calcium (von Kossa +), vasculitis absent.
Dx: CALCIPHYLAXIS, L lateral hip, biopsy-proven.

Today: plaque larger, 9 x 7 cm, central eschar 3x2.5cm, margins with retiform purpura.
Wedge site sutured, intact.
Weight 103.0 kg -> BMI 37.6.
Warfarin permanently discontinued (nephrology and cardiology agree; LAA occlusion to be
discussed).
Recs: STS with HD (started 2/12), stop calcium carbonate, low Ca bath, weekly wound care
(collagenase to eschar), offload the L hip - sleep on the R side with a wedge pillow, pain
management.
- R. Lemaire, MD
"""),
]}

X07 = {"patient_id": "X07", "age": 54, "sex": "F", "notes": [
("2025-03-10", "Nephrology Rounding Note", """
Monthly MD rounding - Ellery Park Dialysis (TTS, 2nd shift)
54 F, ESRD (diabetic kidney disease), hemodialysis since 2021, L upper arm AVG. Transplant
work-up on
hold for BMI.
Interval: endocrinology started weekly subcutaneous semaglutide at 0.25 mg in early February
for DM2 and
weight; she gives the shot herself into her belly, rotating around the navel. No insulin -
she has
declined it in the past. Some nausea, appetite down.
Exam: no edema. Wt 112.9 kg, BMI 41.2 (ht 165.5 cm). Skin of abdomen unremarkable today.
Labs: PTH 522, Ca 9.0 (alb-corr 9.1), P 5.8, alb 3.9, A1c 8.1%.
Plan:
 - continue semaglutide, endo to titrate to 0.5 mg
 - reassess EDW monthly as weight falls
 - sevelamer 2400 mg TID with food; IV calcitriol 0.5 mcg every treatment
 - update transplant center when BMI <35
- G. Holloway, MD
"""),
("2025-05-05", "HD Unit Nursing Note", """
RN note - Ellery Park Dialysis, TTS
Pt reports very painful "knots" across her lower belly since mid-April, and some have "turned
dark".
Assessment: lower abdominal pannus below the umbilicus with three firm violaceous plaques
(2 to 4 cm) that are exquisitely tender; lacy purpuric margins on two, a black 1-cm center
on one.
Pt notes they are "right where I do my Ozempic shots".
Vitals: BP 144/80, HR 84, T 37.1. Pre-wt 108.4 kg.
HD via L UA AVG, 15G x2, arterial pressure -200, Qb 400, UF goal 2.4 L. Tolerated.
Dr. Holloway notified; wound RN and derm referrals placed. Semaglutide held pending eval.
- J. Ferrante, RN
"""),
("2025-05-20", "Dermatology Follow-up", """
DERMATOLOGY - Ellery Park Medical Group
HPI: 54 yo woman on HD since 2021, obesity, DM2 on weekly semaglutide since 02/2025 (which she
injects into the lower abdomen herself), with painful abdominal plaques since mid-April 2025.
Exam: infraumbilical pannus with 4 indurated purpuric plaques (largest 4.5 x 3 cm), central
eschar in two, fine livedo between them. Thighs, breasts, buttocks clear.
BMI 38.7 today.
Bx: 6 mm punch x2 (histology and DIF) from the largest plaque, 5/13. Path:
calcification of subcutaneous arterioles and capillaries with thrombi, von Kossa +; DIF neg.
Assessment: calciphylaxis, confined to the zone where she rotates her weekly semaglutide
injections; the GLP-1 RA shots are the likely local trigger in a patient with high phos.
Plan: stop the semaglutide injections (endo may consider an oral agent); thiosulfate at
dialysis as
nephrology directs; wound clinic; pain control; no further injections into the abdomen.
- P. Nakashima-Ruiz, MD
"""),
]}

PATIENTS = [X01, X02, X03, X04, X05, X06, X07]
