"""probe62 corpus notes, K01-K07 (outpatient wound-care clinic; all invented)."""

K01 = {"patient_id": "K01", "age": 63, "sex": "M", "notes": [
("2020-02-24", "Wound Clinic New Patient", """
RIVERBEND WOUND & HYPERBARIC CENTER - INITIAL VISIT
Referred by: Dr. Talavera (nephrology)
CC: "my belly sore is eating me alive"
HPI: 63M. Kidneys: ESRD, dialyzing at the Elm St unit on Tue-Thu-Sat (L brachiocephalic AVF). Sugar: T2DM, Lantus 30u at bedtime plus lispro per scale. Pt self-injects and admits he "always" uses the L lower belly below the navel - been that way since he started insulin in June 2019, never rotates ("right side is where my belt buckle sits"). Painful hard spot there first noticed Feb 11, crust appeared ~5 days later. No fever/chills.
WOUND ASSESSMENT
#1 L lower abdomen (LLQ, 4 cm lateral to umbilicus)
  Measurements: 3.8x2.6x0.2 cm
  Bed: eschar (black) ~70%, slough (yellow) ~30%
  Periwound: indurated, stellate violaceous mottling extending ~2 cm
  Exudate: scant, thin/serous; odor none
  Pain: 9/10, worse with touch/clothing
Photos x3 obtained w/ ruler, uploaded to media.
Ht 175 cm, Wt 103 kg, BMI 33.6.
IMPRESSION & PLAN -- Necrotic indurated plaque at pt's habitual insulin site in HD pt - suspicious for calcific uremic arteriolopathy. Punch bx from the edge today (4mm, sutured x1). Dressing: Medihoney alginate to eschar, cover w/ bordered foam, change q48h by pt's wife. Told him: insulin goes in the R thigh for now, until path is back. RTC 1 wk.
"""),
("2020-03-02", "Wound Clinic Follow-up", """
Wound f/u #2. Pathology resulted: subcutaneous arterioles w/ circumferential medial calcification + intraluminal thrombi; septal + lobular panniculitis, necrotic fat -> c/w calciphylaxis. Discussed w/ Dr Talavera, starting IV sodium thiosulfate with HD.
Bx site healed, suture out.
WOUND TABLE
| # | location | LxWxD cm | tissue | drainage |
| 1 | L lower abdomen | 4.1x2.9x0.3 | 80% eschar / 20% slough | scant serosang |
Slight increase in size since last wk. Periwound livedo unchanged. Pt reports he has kept insulin out of the belly. Pain 8/10.
Plan: continue Medihoney + foam q48h, add gabapentin 100mg post-HD per renal. Photos updated.
"""),
("2020-03-30", "Wound Clinic Follow-up", """
Pt seen for serial measurement, wk 5 of STS (3x/wk on HD).
#1 LLQ abdomen: 3.5x2.4x0.3 cm. Eschar softening, edges lifting; bedside conservative sharp debridement (loose devitalized material only), tolerated w/ topical lidocaine. Post-debridement: 3.5x2.4x0.5.
Wt 101.4 kg (BMI 33.1). BG log reviewed, fasting 140s.
Dressing changed to Aquacel Ag + foam, q48h. Digital photo taken after debridement.
"""),
("2020-05-11", "Wound Clinic Follow-up", """
Interval: missed 2 visits (dialysis schedule change to MWF). Wife doing dressings.
Calciphylaxis ulcer, L lower abdomen - 2.2x1.5x0.1 cm, 90% red granulation, eschar gone. Pain down to 3/10.
Periwound soft, mottling faded.
Plan: switch to collagen + silicone foam, 2x/wk. Continue thiosulfate until healed. RTC 2 wks; photos next visit.
"""),
]}

K02 = {"patient_id": "K02", "age": 74, "sex": "F", "notes": [
("2022-01-04", "Wound Clinic New Patient", """
Outpatient Wound Care - Eval
74F referred from PD clinic for a "black scab" on the R knee.
She has bad OA of that knee and her grandson bought her a gel ice pack; she has been strapping it straight onto her R knee (front) several times a day since Thanksgiving Day, and most nights dozes off in the recliner still wearing it. 3 wks ago a tender purple blotch showed up just below the kneecap, which then crusted over.
PMH: ESKD on CCPD nightly (cycler), paroxysmal AF (warfarin; INR came back 2.4 at her last check), HTN, hypothyroid. NOT diabetic (A1c 5.4).
Wt 78.9 kg / Ht 162.5 cm => BMI 29.9 - overweight per PCP note, not obese.
Exam
Wound 1 - R anterior knee, infrapatellar: 2.7x2.0x0.1 cm, adherent dry black eschar, surrounding net-like violaceous discoloration, exquisitely tender.
L knee intact.
Photographed w/ scale; consent signed.
Assessment: Painful eschar w/ livedo, PD + warfarin, sitting right where the ice pack goes. Calciphylaxis is the leading concern; also consider frostbite/cold injury.
Plan: ice pack discontinued (pt handed it to me). Derm punch bx requested. Betadine paint to eschar daily, dry gauze, keep eschar intact until bx.
"""),
("2022-01-13", "Dermatology Procedure Note", """
Derm procedure - telescoping punch biopsy (6mm then 4mm deep) from the periphery of the R knee eschar, to pathology (H&E; VK stain requested). Hemostasis w/ pressure, closed w/ 4-0 nylon. Pt tolerated well. Will call w/ results.
Path addendum 01/19/2022: calcium within vessel walls (small subcutaneous vessels), thrombosed lumens, adjacent necrosis. Diagnosis: calciphylaxis.
"""),
("2022-02-08", "Wound Clinic Follow-up", """
Wound clinic - f/u, biopsy-proven calciphylaxis R knee.
Warfarin stopped 1/21 by cardiology, now apixaban. Renal increased PD clearance and started thiosulfate via PD bags? -> no, given IV at the infusion center 3x/wk.
Measurements today:
  R infrapatellar knee  3.1x2.2x0.3 cm  (last 2.7x2.0x0.1)
  eschar 50%, slough 50%, no tunneling, mod serous
Pain 7/10, using tramadol qhs.
Enzymatic debridement started (Santyl nickel-thick to eschar, moist gauze, cover ABD + kerlix), daily by HHN. Photos uploaded.
Reminded again: no ice, no heat to either leg.
"""),
]}

K03 = {"patient_id": "K03", "age": 58, "sex": "F", "notes": [
("2023-04-03", "Wound Clinic New Patient", """
WOUND CARE CONSULT
Pt is a 58 yo woman on hemodialysis (Mon, Wed, Fri - R chest tunneled catheter for now, L arm AVF still maturing), sent over by podiatry.
Podiatry placed her in a tall pneumatic walking boot on 2/6/23 for L plantar fasciitis. She wears it all day and says the upper strap "digs into the ankle bone" on the outside. In mid-March she noticed a painful dusky spot right where the strap crosses, which has since broken down.
T2DM on metformin -> changed to glipizide d/t ESRD, no insulin ever. No anticoagulants.
BMI 30.0 (Wt 81.0, Ht 164.3).
L lateral malleolus: 2.0x1.6x0.4 cm ulcer, wound bed 60% black necrosis / 40% yellow fibrin, hard purpuric halo 1.5 cm, no pedal edema. DP/PT pulses dopplerable, ABI 1.1 (calcified vessels likely).
R ankle intact.
Digital image taken (media tab).
Impression: painful necrotic ulcer under device pressure in a dialysis pt w/ high phos (7.8) - needs bx to r/o calciphylaxis vs pressure injury.
Plan: boot off; padded heel/ankle offloading. Bx next wk. Xeroform + dry gauze daily.
"""),
("2023-04-12", "Wound Clinic Procedure Note", """
Procedure: 4 mm punch bx at the 3 o'clock wound margin, L lateral ankle. Lidocaine 1% plain. Gelfoam, no suture.
Wound measurement pre-bx: 2.2x1.7x0.4.
Path (resulted 4/17/23): stippled calcification of small vessel walls, fibrin thrombi, necrosis of the subcutis. Final dx: calciphylaxis. Results called to pt and to renal; STS to be ordered w/ dialysis.
"""),
("2023-05-15", "Wound Clinic Follow-up", """
Follow-up: calciphylaxis ulcer L ankle (lat malleolus), wk 4 on STS. Pt wearing a soft post-op shoe now, no boot.
  Today 2.4x1.9x0.5 cm, 30% necrotic, undermining 0.3 cm at 12 o'clock
  4/12 2.2x1.7x0.4 cm
Moderate serosanguinous drainage, no purulence, periwound macerated.
Wt 79.6 kg, BMI 29.5.
Change to hydrofiber + foam, change every other day; zinc barrier to periwound. Serial photo taken. f/u 2 wks.
"""),
]}

K04 = {"patient_id": "K04", "age": 66, "sex": "F", "notes": [
("2018-12-05", "Wound Clinic New Patient", """
Riverbend Wound Center - initial assessment
66 y/o F with ESRD (IgA nephropathy) on HD since 2015, mechanical mitral valve on warfarin, referred by breast surgery.
S/p R breast lumpectomy + sentinel node bx on 09/12/2018 for DCIS. Incision healed nicely by her post-op visit. Last month a firm, very tender purplish patch came up along the lumpectomy scar; center went black over the following weeks.
Not diabetic. No radiation yet (on hold).
Exam: R breast, UOQ, following the curvilinear scar: 3.4x1.8x0.1 cm eschar, reticulated violaceous plaque around it; axillary incision fine. L breast normal.
Ht 160, Wt 69.3 -> BMI 27.1
Photos x2 (close-up + landmark) uploaded.
Impression: suspect calciphylaxis in surgical scar (ESRD + warfarin) vs fat necrosis/wound complication.
Plan: discuss w/ surgeon re incisional bx. Petrolatum gauze + ABD, change daily. Pain: acetaminophen, hydromorphone 1 mg prn.
"""),
("2018-12-19", "Wound Clinic Follow-up", """
f/u R breast wound. Incisional bx done by Dr Fenwick 12/11: medial calcification + thrombosis of dermal and subcutaneous arterioles, with necrotic fat; von Kossa +. = calciphylaxis, arising within the lumpectomy scar.
WOUND LOG
 date       site                   L x W x D
 12/05/18   R breast UOQ scar      3.4x1.8x0.1
 12/19/18   R breast UOQ scar      3.9x2.0x0.2
Bx site at inferior edge - 1 stitch, clean.
Cardiology: no stopping warfarin w/ a mechanical valve; INR goal kept low. Renal: STS with HD, cinacalcet up.
Dressing -> silver alginate + bordered foam, M/W/F after dialysis by HD nurse.
"""),
("2019-02-20", "Wound Clinic Follow-up", """
Breast wound slowly improving. 2.6x1.2x0.1 cm, granulating 60%, residual eschar lateral edge. Pain 4/10.
Photo repeated at same distance/angle.
Continue silver alginate; f/u 3 wks.
"""),
]}

K05 = {"patient_id": "K05", "age": 52, "sex": "M", "notes": [
("2024-06-17", "Wound Clinic New Patient", """
WOUND CARE NEW VISIT
52M on PD (CAPD 4 exchanges), T1DM since age 11 on insulin pen (injects abdomen only), HTN. No blood thinners.
HPI: On Memorial Day he was unloading the dishwasher and struck his right calf (back of it) hard on the open door - small bruise, didn't think much of it. On June 8th the area became exquisitely painful, then purple, and it's crusted black today. No fevers.
Vitals: BP 158/92, T 98.4. BMI 35.2 (wt 112).
R posterior calf (mid): 
  L 2.9 cm x W 2.1 cm x D 0.1 cm
  dry eschar 100%, retiform purpura rim 3 cm, firm
L leg: no wounds.
Pulses: palp DP bilat.
Media: 2 photos.
A: Retiform purpura + eschar at recent blunt-injury site in PD pt -> concern for calciphylaxis.
P: punch biopsy arranged w/ derm Thurs. Keep eschar dry/intact (betadine BID). Avoid compression on R leg. Call PD RN.
"""),
("2024-06-24", "Dermatology Note", """
Dermatology - biopsy review.
Deep punch from R posterior calf (6/20): small-vessel mural calcification highlighted by von Kossa, microthrombi, lobular panniculitis. This is calciphylaxis. The pt's account (blow from the dishwasher door on Memorial Day, lesion 12 days later) fits a trauma-triggered (Koebner-type) onset.
Rec: sodium thiosulfate (renal arranging, ?via PD vs IV), wound care per wound clinic, pain team referral.
"""),
("2024-07-22", "Wound Clinic Follow-up", """
wound f/u - calciphylaxis R calf
today: 3.3x2.4x0.4 cm (6/17: 2.9x2.1x0.1)
bed: 40% eschar lifting, 60% adherent slough, small amt purulent-looking drainage at 6 o'clock -> cx swabbed (Levine)
periwound: erythema 1 cm, warmth mild
pain 6/10
Wt 110.1 kg, BMI 34.6
plan: cadexomer iodine + foam daily; doxycycline x 10d pending cx. Photo taken. RTC 10 days.
"""),
]}

K06 = {"patient_id": "K06", "age": 71, "sex": "M", "notes": [
("2022-01-19", "Wound Clinic New Patient", """
Consult: wound clinic, requested by home PD team.
71 y/o man w/ ESRD on PD (APD), iron-deficient; given his poor IV access the renal team started a series of IM iron injections in October 2021, each one given into the R buttock, UOQ, by the same nurse. Two months ago a hard, burning lump appeared exactly at that spot; it has ulcerated since Christmas.
Hx: warfarin for DVT 2014-2017 (stopped). No DM (A1c 5.6). 
BMI 26.0.
R buttock (UOQ): ulcer 3.0x2.5x0.6 cm, black necrotic base, indurated violaceous border w/ livedo extending toward R hip; no fluctuance.
L buttock: IM injection never used there, skin normal.
Photographed.
A/P: Necrotic ulcer where the IM iron went in, PD pt; probable calciphylaxis - bx w/ derm. Iron injections on hold. Alginate + border foam daily; pt lies on L side.
"""),
("2022-02-02", "Wound Clinic Follow-up", """
Derm bx (1/25) R buttock: calciphylaxis confirmed (vascular calcification with thrombosis and fat necrosis).
# Wound       L    W    D   (cm)  notes
1 R buttock  3.4  2.8  0.8        necrosis 70%, tunnel 1 cm @ 2 o'clock
Sharp debridement of necrotic fat done at bedside (curette), EBL minimal; post 3.6x2.9x1.0.
Pack tunnel w/ 1/4" iodoform, cover foam, daily by wife. Renal discussing switch to HD for thiosulfate + better clearance.
"""),
("2022-04-06", "Wound Clinic Follow-up", """
Now on in-center hemodialysis since 3/14 (PD catheter to come out later). STS with each run.
R buttock calciphylaxis wound: 2.1x1.6x0.4 cm, 80% granulation, tunnel closed.
Pain 2-3/10. Wt stable, BMI 25.7.
Plan: collagen + foam 3x/wk (HD nurses after run). Photos.
"""),
]}

K07 = {"patient_id": "K07", "age": 60, "sex": "F", "notes": [
("2024-01-22", "Wound Clinic New Patient", """
Wound care initial eval
Pt: 60F, ESRD on HD MWF via RIJ permcath, T2DM on glipizide (never on insulin), BMI 41.3 = morbid obesity, chronic L flank pain from an old kidney stone.
Her nightly habit since last summer: electric heating pad set on medium, she sleeps on top of it w/ the L side/flank down ("only thing that eases the stone pain"). On 1/9/24 it got painful and purple on that L flank; open now.
Exam: L flank, posterior axillary line above iliac crest: 5.2x3.1x0.3 cm ulcer with central black eschar, surrounding violaceous net pattern and firm induration 8 cm across. Faint lacy brown discoloration overlying it, toasted-skin look.
R flank intact.
Photos taken (3), includes wide shot for landmarks.
Assessment: necrotic ulcer L flank w/ livedo in HD pt with chronic heat exposure to same site - calciphylaxis suspected, r/o thermal burn.
Plan: heating pad to be thrown out (daughter agreed). Punch bx. Hydrogel + foam daily. Notify nephrology.
"""),
("2024-02-05", "Wound Clinic Follow-up", """
Bx from L flank (1/24): vessel wall calcification in subcutis w/ thrombi; erythema ab igne changes in the dermis above. Dx calciphylaxis (with background erythema ab igne).
WOUND TRACKING
  Wound A - L flank
     1/22: 5.2x3.1x0.3
     2/05: 5.6x3.3x0.5   eschar 50%, slough 40%, gran 10%
Odor mild after cleansing. No cellulitis.
Plan: start STS post-HD (renal ordered), Vashe soaks then Aquacel Ag + foam, daily by HH RN. Photos.
"""),
("2024-03-18", "Wound Clinic Follow-up", """
L flank wound: 4.4x2.7x0.3 cm. Stable/improving. Pt reports no heating pad use since January.
Weight down 4 kg, BMI 40.1.
Continue current plan, rtc 3 wks.
"""),
]}

PATIENTS = [K01, K02, K03, K04, K05, K06, K07]
