"""probe51 corpus notes, A01-A07 (endocrinology and diabetes clinic; all invented)."""

A01 = {"patient_id": "A01", "age": 57, "sex": "F", "notes": [
("2021-02-08", "Insulin Pump Site Review", """
PUMP / INFUSION SET REVIEW  -- Endocrine Nurse Clinic, Harrowgate Rd
Pt: 57F, T1DM dx age 19. Tubed pump commenced 06/2020 (was MDI before). ESKD, on CAPD since 2019.
Set type: 6mm steel-free teflon cannula, changed q3d (pt admits often q4-5d).
Site habit: pt uses the L lower abd quadrant almost exclusively - "the right side pinches when I bend". Has done so since the pump was started last June.
Presenting problem: exquisitely tender hard patch at the current/old set area, L lower abdomen, began 3rd Feb (exact - she remembers because it was her sister's bday). Now approx 35x25mm, dusky violet, net-like purple margin, small black crusted centre.
No pus, no tracking. Afebrile.
BG download: TIR 61%, 9 occlusion alarms in 14d.
Action: set moved to R upper buttock. Photo uploaded to media tab; Dr Vasquez asked to review today.
"""),
("2021-02-08", "Endocrinology Clinic Note", """
Seen with RN Kowalczyk. Agree w/ findings above. Exam: L lower quadrant of abdomen has an indurated, purple-black, stellate plaque with central eschar; skin around it reticulated. Pain far beyond what the size would suggest. On PD, phosphate 2.3 mmol/L, Ca x P high, on calcium carbonate binder.
Assessment: suspected calciphylaxis at chronic pump cannula site vs cannula-site abscess; the look is much more the former.
Plan: urgent derm for deep incisional bx, renal team informed (consider stopping Ca binder). Ht 1.63 m, wt 70.1 kg, BMI 26.4.
"""),
("2021-02-19", "Diabetes Educator Note", """
DSME visit - rotation re-teach
Reason: moving infusion sets away from the left lower quadrant after the painful sore.
Taught a clock-face rotation over R abdomen + upper buttocks, min 3 cm away from any prior set. Pt return-demonstrated insertion with good technique. Lipohypertrophy palpated - none on R side.
Pt very tearful, says derm did a biopsy of "the black bit" last Tue. Wound nurse doing the dressing 2x/wk.
Goals: change set every 72h, log site on app.
"""),
("2021-03-02", "Endocrinology Follow-up", """
Interval: deep biopsy L lower abdominal plaque (derm, 16 Feb): mural calcium in subcutaneous arterioles, intimal proliferation, thrombosed lumens; fat lobules necrotic. Dx: calciphylaxis, in the exact location of her long-used pump infusion sites. Started sodium thiosulfate on PD days per nephrology.

HbA1c trend
| date     | A1c  |
| 09/2020  | 8.1% |
| 12/2020  | 7.8% |
| 02/2021  | 7.6% |

Wt 69.4 kg. Never on warfarin. Pump basal trimmed 10% given reduced appetite. RTC 6 wks.
"""),
]}

A02 = {"patient_id": "A02", "age": 49, "sex": "M", "notes": [
("2022-01-20", "Weight Management Visit", """
MEDICAL WEIGHT MANAGEMENT - pre-bariatric evaluation
49M, BMI table:
  2020-06   139.0 kg   BMI 45.4
  2021-07   137.2 kg   BMI 44.8
  2022-01   135.0 kg   BMI 44.1
Class III obesity. Comorbid: T2DM on glargine 60 u + lispro sliding scale; ESRD on in-centre HD TTS (R brachiocephalic AVF); OSA on CPAP.
Cleared by psych + dietetics. Surgical date pencilled for March. Pt motivated, lost 4 kg on liquid diet trial.
"""),
("2022-07-26", "Endocrinology Clinic Note", """
Post sleeve gastrectomy (lap, done 09-Mar-2022) f/u.
Insulin: glargine down to 18 u, lispro stopped. Wt 112.4 kg, BMI 36.7.
New issue: since sometime in July he has a very painful dark area over one of the healed laparoscopic port scars in the L upper quadrant (the 12 mm port, per op note). Exam: 4 cm livid violaceous plaque centred on the scar, hard to palpate, centre starting to go black. Other port scars quiet.
A/P: necrosis over an op scar, pt dialysing thrice weekly - worry re calciphylaxis. Derm referral (urgent), dialysis unit to check Ca/Phos/PTH.
"""),
("2022-08-11", "Dermatology Consult", """
Dermatology - outpatient
Referred by endocrine for painful plaque L upper abdomen.
Exam: firm retiform purpuric plaque with early eschar (45x30mm), lying along the healed port-site incision. Livedo extending inferiorly.
Telescoping punch (6 mm -> 4 mm) done today from plaque edge.
Path (addended 8/15): medial calcification of subcut vessels, vascular thrombi, fat necrosis, positive von Kossa: calciphylaxis. The location along the surgical scar supports a Koebner-type localisation.
Plan - IV thiosulfate during dialysis runs; dressings; no further abdominal wall trauma. Wt 110.9 kg, BMI 36.2.
"""),
]}

A03 = {"patient_id": "A03", "age": 63, "sex": "F", "notes": [
("2024-01-17", "Endocrinology Clinic Note", """
T2DM, 22y duration, on insulin degludec 40u + aspart w/ meals. Haemodialysis Mon-Wed-Fri for ESRD. Warfarin for pAF, most recent INR 2.4.
Reason for visit: 3-monthly diabetes review; pt asked to show "a horrible sore on my hip".
Hx: has had trochanteric bursitis R side; since Thanksgiving the pt nukes a wheat-filled heat pillow for 2 min and props it against the R hip most evenings, "sometimes falls asleep on it".
The sore appeared 3 weeks ago as a purple tender area and has since darkened.
O/E: Over R greater trochanter (lateral hip): stellate necrotic ulcer, 5x4cm, black base, violaceous border, livedo at periphery. Exquisitely tender. Faint reticulate brown pigment around it (erythema ab igne).
BMI 31.0 (wt 82.3 kg).
Imp: r/o calciphylaxis vs thermal burn.
Plan: stop wheat bag. Derm + wound clinic. Discussed with HD nephrologist.
"""),
("2024-01-29", "Dermatology Consult", """
Consult note - Derm
63 y/o female, HD-dependent, warfarin for AF.
R lateral hip: necrotic ulcer w/ surrounding retiform purpura, exactly where she had been applying a microwaved wheat bag nightly since Thanksgiving 2023. Onset ~27/12/2023.
Incisional biopsy from edge: lobular panniculitis, mural calcium within small dermal-subcutaneous vessels, thrombosis. Consistent with calciphylaxis. Thermal injury appears to have localised it.
Recommend switching warfarin to apixaban if cardiology agree; STS 25g IV as each HD session finishes.
"""),
("2024-03-05", "Diabetes Educator Note", """
CDCES follow-up (telephone)
Pt reports hip wound smaller, still painful at night. Insulin: degludec 34u (reduced, more hypos since appetite dropped). Educated on hypo Rx with glucose tabs (15g).
CGM: time below range 6% -> target <4%. Sent to prescriber re dose.
Pt says heat bag thrown out. Husband now doing dressings on non-HD days.
Last weight by pt scales 80 kg.
"""),
]}

A04 = {"patient_id": "A04", "age": 71, "sex": "F", "notes": [
("2022-06-07", "Diabetes Foot Screening", """
ANNUAL DIABETIC FOOT SCREEN
Monofilament: L 7/10, R 8/10   Vibration (128Hz): reduced both halluces
Pulses: DP palp bilat, PT faint L
Skin: dry, fissuring heels. Nails thickened.
Footwear: appropriate.
Other: pt wearing class 2 knee-high compression stockings (both legs) for dependent oedema since March this year - asked to roll down L: tender dusky purple indurated area 3 x 2 cm on L posterior calf just beneath the elastic top band, with small central black patch. Started "end of May". Stockings are tight, leaving a deep groove.
Risk category: moderate.
Escalated to Dr Ferreira same day.
Background: T2DM - oral agents only (linagliptin, gliclazide); never insulin. ESRD on CAPD. Warfarin stopped 2020 (was for DVT).
"""),
("2022-06-07", "Endocrinology Clinic Note", """
Seen after foot screen.
L calf lesion: violaceous, firm, retiform edges, black centre, beneath compression stocking cuff. Pain 8/10.
Very concerned for calciphylaxis given PD, high Ca x P, past warfarin. Stockings off. Derm/renal informed.
Wt 78.0 kg, Ht 1.61 m, BMI 30.0. Obesity class I.
"""),
("2022-09-13", "Endocrinology Follow-up", """
Interval events: biopsy L calf (derm 06/21/22) -> calciphylaxis confirmed (vascular calcification + thrombi in subcutis). Lesion arose under the band of her compression hose.
PD abandoned after 2 bouts of peritonitis; on unit HD since August; STS given with HD.
Glycaemia: A1c 7.0 -> 6.6%. Gliclazide stopped (hypos). Cont linagliptin.
Calf ulcer granulating. Compression now only with light tubular bandage on R leg per vascular.
"""),
]}

A05 = {"patient_id": "A05", "age": 38, "sex": "M", "notes": [
("2019-09-24", "Endocrinology Clinic Note", """
38 yo man, T1DM since childhood, basal-bolus (glargine 22u, aspart ~6u/meal). kidney failure from DKD, dialysing (HD) Mon/Wed/Fri, waitlisted for SPK.
Enrolled in our weight programme earlier this yr; BMI 27.8 today.
Issue: on Labor Day he came off the back of the treadmill at the gym, grazing his R knee on the belt. Graze was healing until ~4 days ago (20th) when the same spot became very painful, turned purple, hard, then black in the middle.
Exam: R anterior knee, 3 cm necrotic plaque overlying the old abrasion, livedo racemosa extending to proximal shin.
A/P: ?calciphylaxis at abrasion site. Derm urgent. Hold on exercise programme.
"""),
("2019-10-02", "Dermatology Consult", """
Derm consult. R knee: black eschar with violaceous, indurated rim 3.5 cm, on site of treadmill graze sustained 09/02/2019. Lesion onset 09/20/2019.
Punch biopsy at margin: subcutaneous small-vessel calcification, fibrin thrombi, and necrosis -> calciphylaxis. Koebnerization at the injury site.
Recs: STS 3x/wk at HD, no calcium-based binders, wound care w/ nonadherent dressing.
"""),
("2019-12-10", "Diabetes Educator Note", """
Educator visit.
CGM review (14 d): avg glucose 9.4 mmol/L, TIR 58%, TBR 3%.
Pt skipping prebolus. Discussed 15-min prebolus & carb ratio 1:10.
Knee wound nearly healed per pt, walking short distances. Weight 86 kg, BMI 27.5.
No warfarin; aspirin 81 only.
"""),
]}

A06 = {"patient_id": "A06", "age": 52, "sex": "F", "notes": [
("2023-01-10", "Weight Management Visit", """
OBESITY MEDICINE - new start anti-obesity medication
52F. T2DM (metformin held d/t ESRD), diet + sitagliptin 25mg daily; insulin never required. Kidney failure -> APD overnight (ESRD).
Weight 102.6 kg, Ht 1.62 m, BMI 39.1.
Start semaglutide 0.25 mg SC weekly. Pt to inject into thighs (prefers thighs, "my stomach has the PD tube"). Taught pen use, alternate L and R thigh weekly.
First dose given in clinic today, L anterior thigh.
"""),
("2023-04-18", "Weight Management Visit", """
Follow-up, semaglutide 1 mg wkly.
Wt 98.0 kg, BMI 37.3.
Problem: since April 11 tender, woody, plum-coloured areas on both anterior thighs (front), right one larger, both in the zones where she does her weekly GLP-1 shots. Left now has a black scab.
O/E: bilat anterior thighs: 4 cm (R) and 2.5 cm (L) indurated violaceous plaques, retiform; L central eschar.
A/P: ddx calciphylaxis, injection site reaction/panniculitis. Hold semaglutide. Urgent derm. Renal aware.
"""),
("2023-05-02", "Dermatology Consult", """
DERMATOLOGY
Bilateral thigh plaques at semaglutide injection sites, onset 4/11/23.
Bx R thigh (deep wedge): calcium deposition in medium and small vessel walls, thrombosis, necrosis of fat lobules -> calciphylaxis.
Pt on PD; recommend STS, stop Ca binders, review vitamin D.
Weight today 97.5 kg, BMI 37.2. No anticoagulants.
"""),
]}

A07 = {"patient_id": "A07", "age": 74, "sex": "M", "notes": [
("2019-08-14", "Injection Technique Check", """
INJECTION TECHNIQUE / LIPO CHECK (Diabetes Specialist Nurse)
74M, T2DM insulin-treated (Humulin M3 bd). Dtr gives all injections - always into the R posterolateral arm (upper), "that's where she was shown", since 2017.
Needle: 8mm, reused x3-4.
Palpation: large rubbery lipohypertrophy R posterior upper arm. Nothing at abdomen (never used).
Also: 6 days ago the lipo area became very painful; now a violet plaque (4x3cm) with central black scab in the middle of the injection zone.
Other hx: ESRD on haemodialysis TuThSa, AF on warfarin.
Wt 89.0 kg BMI 29.9.
Referred to consultant urgently. New needles 4mm, teaching on rotation to abdomen.
"""),
("2019-08-20", "Endocrinology Clinic Note", """
Dr Nakamura. Saw with DSN.
Posterior R upper arm - necrotic plaque w/ eschar, surrounding livedo, on lipohypertrophic insulin site. Onset 8 Aug per dtr.
Seen by derm this am - biopsy sent; clinical picture is calciphylaxis (HD + warfarin + local insulin trauma). Biopsy to confirm.
Warfarin - discussion w/ cardiology re switch.
"""),
("2019-09-03", "Endocrinology Follow-up", """
Biopsy result (R upper arm): arteriolar calcification with thrombosis in subcutaneous fat. Calciphylaxis confirmed.
Changed over from warfarin to apixaban 2.5mg twice daily on 8/27.
HbA1c: 03/19 8.4 | 06/19 8.0 | 08/19 7.7
Insulin now given abdomen (L/R alternate). Not obese. Wt 88.2 kg.
"""),
]}

PATIENTS = [A01, A02, A03, A04, A05, A06, A07]
