"""probe165 corpus notes, F01-F07 (cosmetic/aesthetic dermatology, med spa and the clinics around them; all invented)."""

F01 = {"patient_id": "F01", "age": 58, "sex": "F", "notes": [
("2019-03-12", "Med Spa Procedure Log - Sclerotherapy", """
LUMEN & LARK AESTHETICS -- VEIN TX LOG
Provider: R. Okonkwo-Hale, PA-C    Rm 2    Visit 3/12/2019 10:40

Client returning for leg vein tx. Intake form updated at front desk today.
Client-reported hx: kidney failure, dialysis M/W/F "at the Ridgeway unit"; type 2 DM,
uses insulin (glargine at bedtime, lispro at meals); a-fib on warfarin, last INR 2.4 per client. NKDA.
Ht 5'4", wt 190 lb -> BMI 32.6.
Tx area: L posterior calf + L popliteal fossa, reticular and spider veins (CEAP C1).
Pre-tx photos x4 taken. Consent reviewed: hyperpigmentation, matting, ulceration, DVT, allergic rxn.

Agent: polidocanol 0.5% liquid, 30g needle, 0.1-0.2 mL/site
  L posterior calf - 11 sites
  L popliteal fossa - 3 sites
  total vol 2.6 mL
Blanching seen at each site, no extravasation noted. Compression offered; client declined
("can't stand anything tight on that leg"), advised elevation instead.
Tolerated well, no immediate AE.
Post-care sheet given: walk 20 min now, no hot tub/sauna x 1 wk, sun avoidance. RTC 6 wks
for touch-up if needed.
"""),
("2019-04-15", "Hemodialysis Rounding Note", """
HD ROUNDS -- Ridgeway Dialysis, chair 14 (afternoon shift)

S: Pt flagged me down about a spot behind her L calf that "came up 4/9", throbbing,
"hurts worse than getting cannulated." Tells me she had "vein shots" at a spa in March.
No fevers/rigors.
O: pre-HD BP 148/82, HR 78 irregularly irregular, T 36.8. EDW 86.0, pre wt 87.4 kg.
L posterior calf: ~3x4cm violaceous stellate patch, dusky firm centre, pt winces at light
stroking; no fluctuance, dry. DP/PT dopplerable.
Access: L brachiocephalic AVF, strong thrill.
Bloods drawn 4/8 -- iPTH 812 (!), PO4 up at 7.4, cCa 9.8, alb 3.2, Hgb 10.4, INR 2.6
A/P: 58 yo woman, ESRD (diabetic nephropathy), our Mon/Wed/Fri 2nd-shifter; T2DM w/ basal-bolus insulin; AF
anticoagulated w/ warfarin. New painful retiform lesion L calf -> concern for
calciphylaxis.
- derm clinic squeezing her in Thurs, needs punch bx
- stopping the calcium carbonate; sevelamer 1600 mg w/ each meal
- message cardiology re warfarin alternatives
- lengthen run to 4.5 h, drop dialysate Ca bath
"""),
("2019-04-23", "Dermatology Consult", """
DERMATOLOGY -- CONSULT NOTE
Ref: Dr. Anand Thistlewood (nephrology)
CC: painful L calf lesion x 2 wks

HPI: 58 yo woman on maintenance HD. On 03/12/2019 she had sclerotherapy w/ polidocanol
into reticular veins of the L posterior calf at a med spa. Pain and colour change began
04/09/2019 and she traces it exactly over the spots where the sclerosant went in.
Punch bx obtained here 4/18.
Path (S19-4471): arteriolar medial calcinosis in the subcutis w/ intimal thickening,
occlusive thrombi, lobules of fat gone necrotic; mural deposits turn jet black on von Kossa.

Exam: L posterior calf 4.5x5cm retiform purpura, new central black eschar ~1.5cm.
Bx site intact. L popliteal fossa injection points healed w/o change.
Wt 84.9 kg, BMI 32.1.

Impression: calciphylaxis, confirmed on biopsy, L posterior calf -- localized to her
polidocanol injection sites.
Plan:
- Na thiosulfate 25gm IV during final hour of every HD run (nephrology to order)
- cleanse w/ saline, hydrogel + nonadherent pad, change daily
- pain: d/w renal re: safe dosing, avoid morphine
- warfarin -> apixaban now per cardiology
- no further sclerotherapy or injectables to legs
RTC 2 wks.
"""),
]}

F02 = {"patient_id": "F02", "age": 61, "sex": "M", "notes": [
("2021-08-03", "Peritoneal Dialysis Clinic Note", """
HOME THERAPIES (PD) -- monthly face-to-face

61M, kidney failure from IgA nephropathy, cycler PD since 2019, Tenckhoff on the R
(exit site RLQ).
Interval hx: sore "bruise-looking" patch over his L love handle since mid-July -- it
wakes him at night. In June 2021 he paid for "fat
freezing" of both love handles at a med spa in Harrow Point, "two rounds each side".
No falls, no knocks. Not a diabetic; insulin and warfarin never prescribed.
Vitals: BP 136/84, HR 72, afebrile, 88.9 kg, BMI 28.4.
Exit site: pristine, crust-free, nontender. Abd soft.
Skin: L flank 6x4cm mottled purple-grey plaque, woody, netlike margin, very tender.
R flank unremarkable.
PD rx: 4 cycles x 2.5L overnight + 1.5L day dwell. Kt/V (wkly) 1.9 at last check.
Bloods: iPTH 940, PO4 6.8, Ca 10.1, alb 3.4.
Plan
1. L flank plaque -- with that phosphate and PTH I am worried about calciphylaxis.
   Urgent derm. Stop calcitriol.
2. CKD-MBD: cinacalcet 30 mg daily, sevelamer 1600 TID.
3. PD prescription stays the same.
"""),
("2021-08-10", "Dermatology New Patient Visit", """
Derm NP visit -- Dr. Ileana Voskuijlen

Reason: L flank lesion, referred by home-dialysis team.
61 yo M on peritoneal dialysis. Had cryolipolysis to both flanks in June 2021 (2 cycles per
side per pt; no spa records brought). Tender plaque on L flank first noted mid-July, enlarging.
No new meds. Not anticoagulated.

Exam: L flank -- 7x5cm stellate purpura w/ a dark 1.2cm central eschar; indurated
surround. R flank: skin normal. PD exit site clean.

Differential: calciphylaxis / cold panniculitis / cholesterol emboli. Leaning to the first
given the stellate purpura and his labs.
Procedure: two 4mm punches from the advancing edge, sutured; routine H&E, calcium stain asked for.
Tolerated fine.
Plan: path back in ~2 wks; nonadherent dressing daily; renal aware.
"""),
("2021-08-24", "Dermatology Follow-up", """
DERMATOLOGY F/U

Path: subcutaneous small vessels w/ circumferential mural calcium (von Kossa +), fibrin
plugs and fat necrosis. Diagnosis: calciphylaxis.

S: Rates pain 7/10, acetaminophen, sleeping in a recliner.
O: L flank eschar now 2cm, purpuric rim 8x5cm; no pus. Bx sites knitting.
BMI 28.4 (unchanged). The plaque lies inside the rectangle of his L-sided cryolipolysis
applicator -- pt outlines the cup exactly, and the border of the purpura follows it.

A: calciphylaxis L flank, biopsy-confirmed, arising within the cold-injury field of the
June cryolipolysis session.
P:
- thiosulfate infusions thrice weekly via infusion centre, renal to arrange
- hydrocolloid to eschar, no sharp debridement now
- no further body-contouring treatments, letter to med spa w/ pt consent
- wound clinic referral
"""),
]}

F03 = {"patient_id": "F03", "age": 47, "sex": "F", "notes": [
("2022-09-20", "Med Spa Consultation - Body Contouring", """
SILVERFERN MEDISPA -- NON-SURGICAL CONTOURING CONSULT
Consultant: T. Brannigan, RN, aesthetic nurse

Client (47F) wants "something for my belly pooch", asking re: cold sculpting vs RF.
Health questionnaire: APS w/ 2 prior DVTs, on warfarin (INR checks at Coumadin clinic);
kidneys "fine"; prediabetes, A1c 6.1 in spring, no meds for it. No dialysis.
Wt 267 lb, ht 5'6", BMI 43.1.
Has worn a latex waist trainer most days since the summer, 8-10 h, "to pull it in".
Exam: lower abd w/ overhanging fold, striae alba, no skin lesions, no bruising.
Pinch > 6 cm.

Assessment: not a candidate for cryolipolysis or RF contouring at this BMI; results would
be poor and applicator fit unsafe.
Plan: medical weight mgmt referral given. Declined RF. Had neurotoxin to crow's feet
today instead: 12 U total (6 U per side), 2.5 mL dilution, lot # on tx sheet. No AE.
Discussed not to rub area x 4 h.
"""),
("2022-12-12", "Urgent Care Visit", """
BRIARWOOD URGENT CARE

CC: "purple sore patches on my stomach"
HPI: 47F w/ antiphospholipid syndrome on warfarin, obesity. Painful purple blotches low on
her belly, R and L, started on Thanksgiving Day and keep darkening; the left-hand blotch
has opened in the middle. Says the waist trainer "rubs right there" but she still wears it to work.
No fever. No new meds. Last INR 3.4 (12/5).
Triage: afebrile (37.1), tachy to 96, BP 142/88, sat 98% RA.
Exam: bilateral lower abdominal quadrants w/ reticulated violaceous plaques, 8 cm R, 10 cm
L, exquisitely tender; L plaque w/ 1 cm central ulceration and dusky border.
Sent today: kidney function normal (creatinine 0.7, eGFR reported as >90); calcium 9.6, phosphorus 3.9, WBC 8.1.
A/P: painful retiform purpura of lower abdomen. Ddx warfarin-related skin necrosis,
vasculitis, calciphylaxis (nonuremic). Not septic.
- urgent derm referral, call placed
- do not wear waist trainer
- tramadol 50 mg q8h prn, wound care teaching
"""),
("2023-01-10", "Dermatology Consult", """
DERMATOLOGY CONSULT
47F, normal renal function, APS on warfarin, BMI 42.6 today (wt 264 lb).

Lesions began 11/24/22 (Thanksgiving) on both lower abdominal quadrants.
Incisional bx L lower abd 12/20: von Kossa-positive calcium lining subcutaneous arteriolar
walls, intraluminal thrombus, septal panniculitis. No vasculitis.

Exam: bilateral lower abdomen -- two band-like plaques w/ eschar, L 11 x 4 cm, R 9 x 3 cm,
running horizontally. They trace the lower edge of the latex waist trainer she has worn
daily since summer 2022 (she brought it; the stiff hem sits exactly on the plaques).

Impression: non-uremic calciphylaxis, biopsy-proven, at the pressure line of her waist
trainer, both sides.
Plan:
- stop waist trainer permanently
- warfarin -> apixaban, agreed w/ hematology today
- STS 25 grams IV, 3 sessions/wk, booked through the infusion suite
- wound care: cadexomer iodine to eschar, abd binder NOT advised
- RTC 3 wks, photos in chart
"""),
]}

F04 = {"patient_id": "F04", "age": 55, "sex": "M", "notes": [
("2020-08-05", "Cosmetic Dermatology Procedure Note", """
PROCEDURE NOTE -- Ashcombe Dermatology & Aesthetics

Pt: 55M, here for removal of recurrently inflamed cyst L upper back + glabellar lines.
PMH: ESRD (in-centre dialysis on Tu/Th/Sa); T2DM controlled with linagliptin alone, no insulin; HTN.
Not anticoagulated.
BMI 26.9.
1) Excision, epidermoid cyst, L upper back
   Size 2.1 cm, elliptical excision 4.5 cm along RSTL after lidocaine 1% w/ epi 6 mL.
   Cyst removed intact w/ sac. Hemostasis w/ hyfrecator.
   Closure: 4-0 Monocryl deep, 5-0 nylon simple interrupted x 6. Final length 4.6 cm.
   Specimen to path. EBL minimal.
2) Neurotoxin, glabella
   onabotulinumtoxinA 20 U (procerus 4, corrugators 4 x 4 sites)
   Reconstitution 2.5 mL NS/100 U.
Pt tol well. Wound care: petrolatum + bandage daily, keep dry 24 h, no heavy lifting.
Return 14 d for suture removal. Reviewed s/sx of infection.
"""),
("2020-08-19", "Nurse Visit - Suture Removal", """
NURSE VISIT -- suture removal

55M, s/p excision epidermoid cyst L upper back 8/5/20. Path: benign epidermoid cyst.
Incision well approximated, mild pink erythema along line, no drainage, no dehiscence.
6 nylon sutures removed intact. Steri-strips applied. Pt states area "itchy, not sore."
Glabellar lines softened, pleased w/ result.
Instructed: leave strips until they fall off, sunscreen on scar, call for redness/pain.
Next botox in ~3-4 months.
VS: BP 152/90 (HD tomorrow), HR 80. Afebrile.
Pt asks whether he can go back to the gym -- light upper-body work only for another week,
no backpack straps over the scar.
"""),
("2020-09-22", "Wound Clinic Initial Visit", """
OUTPATIENT WOUND CENTER -- first visit

Sent over by his dialysis charge nurse: "wound on back that won't heal".
Hx: 55 yo M, ESRD on HD TTS, T2DM (no insulin). Cyst removed from L upper back 8/5;
sutures out 8/19, healing OK at that point. Roughly 3 wks ago the skin around the scar
began darkening and hurting; by now its centre is black.
Pain 8/10, described as burning, worse when he lies supine.

Wound #1 L upper back: 3.2x2.1cm adherent black eschar centered on the linear scar,
violaceous rim ~2cm with retiform margins. Dry; nothing malodorous; nothing fluctuant.
Periwound indurated.
HD unit labs 9/15: PTH 1210 / PO4 8.1 / Ca 10.4.

Assessment: necrotic wound at recent excision site in ESRD -- presentation suspicious for
calciphylaxis; infection less likely.
Plan: hold off debriding until a diagnosis. Dab povidone-iodine onto the black crust
daily, dry cover. Derm for bx, renal notified.
"""),
("2020-10-06", "Dermatology Follow-up", """
DERM F/U -- Ashcombe Dermatology

Path, incisional bx 9/29, L upper back: von Kossa + calcification of small
subcutaneous arterioles, fibrin thrombi, necrosis of fat. Consistent w/ calciphylaxis.

55M on HD. Exam: eschar now 3.5x2.4cm sitting on the excision scar L upper back, rim of purpura;
bx site closed. No new lesions elsewhere on trunk or legs.
Wt 77.1 kg, BMI 26.5.

A/P:
Calciphylaxis, biopsy-proven, arising on the cyst excision scar (8/5/20) on the L upper
back; onset early Sept, ~4 wks after surgery.
- thiosulfate 25g with every dialysis run -- renal has started
- parathyroidectomy eval given PTH > 1000
- wound center to continue, gentle enzymatic debridement ok
- no elective skin surgery until healed; defer neurotoxin
"""),
]}

F05 = {"patient_id": "F05", "age": 69, "sex": "F", "notes": [
("2024-09-10", "Med Spa Treatment Record - IPL", """
NORTHGATE SKIN STUDIO -- IPL TREATMENT RECORD
Aesthetician: Kerensa D., LE, supervised by M. Albescu, MD

Client 69F, Fitz II, sun spots face + both forearms. Health hx reviewed/updated:
dialysis 3x wk (Tu/Th/Sa), takes warfarin for an irregular heartbeat, not diabetic,
no photosensitizing meds.
Ht 163 cm, wt 59.8 kg, BMI 22.5.

Face: IPL 560 nm filter, 15 J/cm2, 10 ms, double pass over lentigines. Test spot
done 8/27, no reaction. Cooling gel. Mild erythema, expected.
Forearms: DEFERRED. R dorsal forearm w/ several healing linear scratches, thin scabs,
client says her new kitten got her on Labor Day. L forearm fine but client prefers to
do both arms together. Will rebook in 4-6 wks once R side healed.

Post care: SPF 50, no picking, mineral makeup ok after 24 h.
Reminded her to show us any bruising given blood thinner.
"""),
("2024-11-05", "Dermatology Clinic Note", """
DERMATOLOGY -- clinic note

Pt: 69F, dialysis-dependent ESRD, AF (warfarin). Sent by HD unit.
CC: painful sore R forearm.
HPI: showed up in early October as a tender purple blotch on the extensor side of the R
forearm, then darkened and broke open; rates it 9/10 and has stopped wearing long sleeves.

Exam: R dorsal forearm, mid-third: 2.5x3cm ulcer, black eschar, violaceous stellate
border, livedo tracking 4cm proximally. Fingers warm, radial pulse 2+.
L forearm, both hands: clear. AVF L upper arm with thrill.
From the unit (drawn 10/29): INR 2.8, PTH 602 pg/mL, phosphorus 6.9 mg/dL, calcium 9.9.

Procedure: two 4mm punches from purpuric border (consent verbal + written), 4-0 nylon.
Thinking: calciphylaxis, warfarin-related necrosis or pyoderma gangrenosum -- bx to sort out.
Plan: call w/ path, moist dressing, elevate arm.
"""),
("2024-11-19", "Hemodialysis Progress Note", """
HD PROGRESS NOTE -- Lakeridge Kidney Center

69F, HD Tu/Th/Sa. Derm bx R forearm returned: calciphylaxis (calcified walls of
dermal/subcutaneous arterioles, thrombosed lumens, von Kossa positive).
Plan per derm + renal:
1. STS 25gm IV each session (hung for the final hour), first dose today
2. Warfarin discontinued; switching her to apixaban, renal-adjusted 2.5mg BID (CHA2DS2-VASc 4)
3. Binder: change CaCO3 to sevelamer; cinacalcet 30 mg
4. Dialysate Ca 2.0
5. R forearm ulcer: wound clinic weekly
Pre-tx: BP 118/64, wt 59.1 kg, BMI 22.2.
Pt tearful about pain; hydromorphone 0.5 mg post HD prn, SW referral.
"""),
]}

F06 = {"patient_id": "F06", "age": 52, "sex": "F", "notes": [
("2017-04-25", "Aesthetic Injectables Log - PLLA", """
VELOURA AESTHETIC CLINIC -- INJECTABLES TREATMENT LOG
Injector: Sabine Orozco-Platt, NP     Date 04/25/2017

Client 52F, tx #1 of planned 3, poly-L-lactic acid to buttocks for volume/contour.
Med hx form: "kidney failure, on dialysis Mon Wed Fri", HTN, no diabetes, no blood thinners.
80.7 kg, 164 cm tall => BMI 30.0.
Consent signed, photos (4 views).

Product: PLLA 2 vials per side, each reconstituted 48 h ago w/ 8 mL SWFI + 2 mL lido 1%.
Technique: 25g cannula via 2 entry points per side, fanning retrograde linear threads,
deep subcutaneous plane. Vol ~20 mL per buttock.
Both buttocks treated: upper outer quadrants + lateral hollows.
Entry points cleaned w/ chlorhexidine, left open to air.
Post-care: massage 5 min, 5x a day, for 5 days. Expect swelling/bruising x 1 wk.
Next session 6 wks. No AE.
"""),
("2017-06-06", "Nephrology Clinic Note", """
NEPHROLOGY OFFICE VISIT

52F, ESRD from FSGS; dialysis Monday-Wednesday-Friday in centre, via a R internal jugular
tunnelled line while her fistula matures.
S: Very painful, hard "bruises" on both buttocks since Memorial Day, can barely sit
through dialysis. Had "butt filler" at a cosmetic clinic in April. No trauma otherwise.
Skips binders often.
O: BP 158/94, HR 88, T 37.0. Wt 80.4 kg, BMI 29.9.
Buttocks: indurated violaceous plaques, 8x6cm on the L and 6x5cm on the R, livedo at the
edges, the L one dusky centrally; exquisitely sore. No sacral wound.
Labs 6/1: P 8.9 (!), PTH 1350, Ca 10.3, albumin 3.0.
Impression/plan
1. Bilateral buttock plaques w/ Ca x P > 90, high suspicion for calciphylaxis. Same-week
   derm appt, bx.
2. Phos: sevelamer 2400 TID, dietitian today; cinacalcet up to 60.
3. Stop calcitriol.
"""),
("2017-06-14", "Dermatology Consult", """
DERMATOLOGY CONSULT

52F on HD, referred for buttock lesions. Punch bx L buttock 6/8.
Path: arteriolar media in the subcutis heavily calcified, thrombosed lumina,
fat necrosis; no foreign-body granulomas, no polymer particles seen. von Kossa +.

Exam: buttocks -- L plaque 9x7cm, now w/ 2cm black eschar; R 7x5cm retiform purpura,
no eschar. Both occupy the upper outer quadrants, where she points to the April
poly-L-lactic acid injections (entry-point marks still visible at each site).
BMI 30.0 (wt 80.7).

Impression: calciphylaxis, biopsy-proven, both buttocks, at the sites of the
poly-L-lactic acid injections of 4/25/17; onset 5/29/17.
Plan:
- thiosulfate 25gm IV with dialysis, start Friday
- cancel remaining PLLA sessions, letter to injector
- pressure offloading cushion for chair, side-lying when possible
- moist wound care, no debridement yet
"""),
]}

F07 = {"patient_id": "F07", "age": 44, "sex": "F", "notes": [
("2025-03-04", "Peritoneal Dialysis Clinic Note", """
PD CLINIC -- monthly review

44F, ESRD from type 1 DM, on CAPD x 2 yrs (4 exchanges/day). Her T1DM runs on a
pump (lispro, basal 0.65 U/h). Warfarin: never.
Interval: feeling well, UF ~700 mL/d. A1c 7.4. Mentions she treated herself to a
radiofrequency "skin tightening" session on both upper arms at a med spa 3 wks ago, "for
the bat wings". Some redness for 2 days, then fine.
Exam: BP 128/76, wt 63.2 kg, BMI 24.1. No edema. Exit site clean, grade 0.
Skin of arms unremarkable today; pump site L lower abdomen clean.
Chemistry: phosphate 6.2 and PTH 488 (both up from Jan), Ca 9.4, K 4.1, alb 3.5.
Plan:
- increase sevelamer to 1600 TID
- continue calcitriol 0.25 mcg for now
- PET test due in June
- RTC 1 month
"""),
("2025-04-01", "Dermatology New Patient Visit", """
DERMATOLOGY NEW VISIT

44 yo F w/ T1DM and ESRD on PD, referred by renal NP.
HPI: tender purplish-brown patch behind her L arm, above the elbow, first noticed
about 2 wks ago; it has since developed a hard dark core. Night pain, 8/10. No fever.

On exam, L arm posteriorly at mid-humerus: indurated violaceous
plaque 5x4cm, retiform edges, 8mm central black eschar. R upper arm: normal skin.
PD unit bloods 3/28: PTH 530, phosphate 6.8, Ca 9.6.

A: Painful retiform plaque w/ eschar in a PD patient -- calciphylaxis leads the list;
also consider vasculitis or necrotizing infection (no warfarin exposure).
Procedure: one 6mm punch taken at the purpuric edge, 4-0 nylon. Pt tolerated.
P: petrolatum + nonstick dressing; hold calcitriol; path 7-10 d.
"""),
("2025-04-15", "Dermatology Follow-up", """
Derm f/u

Path (bx 4/1, L posterior upper arm): calcium rims the walls of the small and medium
hypodermal vessels; some thrombosed; necrotic fat nearby; von Kossa lights it up --
read as calciphylaxis.

Exam: plaque 5.5x4.5cm, eschar 1.1cm, no infection. No new lesions on trunk,
thighs or R arm.
Wt 62.7 kg, BMI 23.9.

Imp: biopsy-proven calciphylaxis, L posterior upper arm.
Plan:
1. start IV sodium thiosulfate (renal writing the order; M/W/F slots at the infusion suite)
2. stop calcitriol; cinacalcet per renal
3. wound: cadexomer iodine, nonadherent pad, change daily
4. pain: gabapentin 100 qHS (renal dosed), acetaminophen
5. RTC 3 wks
"""),
]}

PATIENTS = [F01, F02, F03, F04, F05, F06, F07]
