"""probe262 corpus notes, K15-K20 (patient and caregiver diaries, letters and logs, and the
clinic notes that answer them; all people, places and wording invented)."""

K15 = {"patient_id": "K15", "age": 59, "sex": "M", "notes": [
("2018-02-21", "Patient Diary (scanned)", """
Recovery diary after my knee - Vic Amato

Jan 30 - left knee replaced at Holy Cross. Started the Lovenox shots in my belly, twice a day
for 4 weeks, my wife Carla does them for me.
Feb 6 - home at last. Knee ok, PT twice a week.
Feb 10 - three black-purple spots on my belly, all where the shots went. They burn.
Feb 12 - they found a clot in my left calf on the scan, started warfarin pills too.
Feb 14 - valentines day, spots bigger, one's grown to silver dollar size and hard
Feb 18 - kidney doctor appointment Wednesday, taking this along
"""),
("2018-02-21", "CKD Clinic Note", """
CKD CLINIC - Harbor View Nephrology - 2/21/18
59M, CKD stage 4 (eGFR 21; obstructive uropathy); no dialysis, no access planned yet.
A1c 5.4 - not diabetic. BMI 35.1.
POD 22 after L TKA (1/30/18). Enoxaparin 40 mg SC twice daily into the abdomen since
surgery; warfarin begun 2/12 for a post-op L calf DVT, INR 2.3 today.
Diary reviewed: painful dark spots on his belly since 2/10.
Exam: periumbilical - three indurated necrotic plaques (1.5 to 4cm), violaceous rims,
central black eschar, at injection sites. Knee incision healing well.
DDx includes skin necrosis from heparin (HIT), calciphylaxis, and large hematomas.
Plan: stop enoxaparin (INR therapeutic), HIT antibody sent, derm for biopsy, Ca/P/PTH.
"""),
("2018-03-06", "Dermatology Note", """
DERMATOLOGY 3/6/2018
Punch bx 2/23/18 periumbilical: lobular fat necrosis, a few thrombosed small vessels, no
definite vascular calcification on von Kossa. HIT antibody negative. PTH 310.
Impression: necrotic plaques at the old enoxaparin sites - calciphylaxis cannot be excluded
(superficial sample, CKD 4, warfarin); heparin necrosis less likely with a negative HIT.
Recommended a deeper incisional biopsy, which he declined: he leaves for Tucson next week
and will stay with his daughter there. Records sent; told to see dermatology and nephrology
in Arizona soon.
Continue warfarin per his surgeon.
"""),
]}

K16 = {"patient_id": "K16", "age": 81, "sex": "F", "notes": [
("2022-12-20", "Caregiver Log (daughter)", """
Mum's back - notes by Priya for the dialysis doctor

Since Thanksgiving Mum has slept every night with the electric heating pad switched on under
her lower back, on medium, for her arthritis.
Dec 9 - I saw a purplish net-like mark across her lower back, right where the pad sits.
Dec 14 - a tender firm patch in the middle of it, about 3 inches across.
Dec 17 - still no open skin. She says it stings like nettles.
Dec 19 - took the pad away from her.
She only takes her kidney pills and the apixaban. Her sugar is diet only, no tablets.
"""),
("2022-12-21", "HD Physician Note", """
HD ROUNDS 12/21/22 - Greenway Dialysis
81F, ESRD on HD MWF by R tunneled line (fistula declined). T2DM diet-controlled.
AF - apixaban; warfarin never. BMI 22.3.
Daughter's log reviewed: heating pad to the low back nightly since Thanksgiving; net-like
purple discoloration from 12/9.
Exam: lower back, midline and both paraspinal areas: 15cm reticulated violaceous patch, a
6cm tender subcutaneous plaque within it; no ulceration or eschar.
A: heat-related erythema ab igne with underlying panniculitis; early calciphylaxis still on
the list, can't exclude it.
P: heating pad stopped (done); derm consult for bx; Ca/P/PTH.
"""),
("2023-01-10", "Dermatology Bedside Consult", """
Dermatology consult (bedside, Greenway Dialysis) 1/10/2023
81F on HD, low back changes since early Dec after a nightly heating pad.
Exam: reticulated brown-violet patch across the low back with a 5cm firm tender plaque in
the center; no necrosis, no ulcer.
Impression: favor erythema ab igne with panniculitis; early calciphylaxis not excluded.
Talked through an incisional biopsy; patient and daughter decline - she has decided to stop
dialysis and go on hospice. Comfort focus; bland emollient; no heat. No further work-up.
"""),
]}

K17 = {"patient_id": "K17", "age": 70, "sex": "M", "notes": [
("2023-10-20", "Patient Diary (scanned)", """
FOOT DIARY - Leon Pritchard (wound nurse said to keep one)

Oct 3 - stubbed my left big toe on the coffee table in the dark, bled a little under the nail
Oct 8 - toe purple on top
Oct 12 - top of the left foot by the toe, dark purple mottled patch, burning, worse at night
Oct 16 - toe tip gone black
Oct 18 - cant get a shoe on the left, wearing my slipper to dialysis
Oct 19 - Humalog 6 units with supper, sugar 210. Appt tomorrow after dialysis.
"""),
("2023-10-20", "Wound and Limb Salvage Clinic Note", """
WOUND & LIMB SALVAGE CLINIC 10/20/23
70M. Dialysis (ESRD) Tu-Th-Sa; T2DM treated with insulin; PAD (R fem-pop bypass 2020); AF
- apixaban,
no warfarin ever. BMI 27.9.
L hallux: dry gangrene of the distal phalanx. Dorsal L forefoot: 4cm retiform violaceous
patch, tender and indurated. Began after he stubbed the toe 10/3/23.
DP/PT nonpalpable on L, ABI noncompressible, TBI 0.18 L.
A: ischemic forefoot necrosis from PAD vs distal calciphylaxis - cannot exclude
calciphylaxis given HD, Ca x P and the retiform pattern.
P: angiogram with vascular surgery; no biopsy of an ischemic foot for now; dry dressing,
offload with a post-op shoe.
"""),
("2023-11-14", "Nephrology Clinic Note", """
Nephrology 11/14/23
70M on HD Tue/Thu/Sat, s/p L SFA and anterior tibial angioplasty 10/27/23.
L hallux still necrotic; dorsal forefoot plaque the same size, still tender. Wife says he
has been sleeping in his recliner since the bedclothes hurt his foot.
Vascular and derm both feel a biopsy would not heal, so none will be done.
Calciphylaxis remains possible; empiric sodium thiosulfate started with HD.
Switched to non-calcium binder; calcitriol held. PTH 520.
BMI 27.9, insulin doses unchanged.
If no improvement in 4-6 weeks, podiatry to discuss toe amputation.
"""),
]}

K18 = {"patient_id": "K18", "age": 63, "sex": "F", "notes": [
("2024-01-22", "Patient Symptom Log", """
Symptom log - Bernadette Kowalczyk - January

New Years Day - slipped on the ice on my porch steps and twisted my right ankle. Kept an ice
pack on it the rest of that day and the next 3 days.
Jan 8 - right ankle still swelled up
Jan 12 - purple red bumps around the right ankle bone, a few have little blisters
Jan 16 - two of them turned into open sores, weepy
Jan 20 - more purple spots on the left ankle too, and I did nothing to that one
Jan 21 - achy joints, hands too. Told the dialysis nurse.
"""),
("2024-01-23", "HD Physician Note", """
HD note 1/23/24 - Pinecrest Dialysis
63F; hypertensive kidney disease -> ESRD; HD MWF, L forearm AVF. Not diabetic.
Warfarin 2009-2011 after a PE, off since. Hep C, never treated. BMI 30.2.
Log reviewed. R ankle sprain 1/1/24, iced for 4 days; purpura R ankle from 1/12, L ankle
from 1/20.
Exam: palpable purpura both ankles R>L, two shallow 1cm ulcers at the R lateral malleolus,
no eschar. Arthralgias.
A: r/o calciphylaxis; small-vessel (cryoglobulinemic, HCV) vasculitis more likely.
P: derm bx, cryoglobulins, complements, RF, HCV viral load.
"""),
("2024-02-06", "Dermatology Note", """
DERMATOLOGY - 6 Feb 2024
Punch bx 1/25/24 R ankle: leukocytoclastic vasculitis, hyaline (cryoglobulin) plugs within
vessel lumens; no mural calcium even with von Kossa.
Labs: cryocrit positive, C4 low, RF high, HCV RNA detectable.
Dx: cryoglobulinemic vasculitis related to hepatitis C. Calciphylaxis ruled out.
Ankle ulcers: R lateral malleolus x2, now 0.8cm each, clean; L ankle purpura fading.
Plan: refer to hepatology re DAA therapy; rheumatology input; ulcer care with
petrolatum and a nonadherent dressing; compression deferred until vasculitis settles.
BMI 30.2.
"""),
]}

K19 = {"patient_id": "K19", "age": 45, "sex": "M", "notes": [
("2022-06-07", "Letter from Patient", """
June 7, 2022

Dear Dr. Achterberg,

Before my appointment next week I wanted to put this on paper. My mother died in 2017 of
calciphylaxis while she was on dialysis - her legs went black and nothing helped. Since my
kidneys are now "stage 3" I am frightened it could be my turn next.
I have had type 1 diabetes since I was 12 and I use an insulin pump (the pod goes on my
arms or belly). I check my skin every night in the mirror. There are no sores. The pod
adhesive leaves red marks sometimes but they fade in a day.
I have never been on blood thinners.

Thank you,
Marcus Delacroix-Venn
"""),
("2022-06-14", "Nephrology Clinic Note", """
NEPHROLOGY CLINIC 6/14/22
45M, T1DM on a patch pump; CKD G3a/A3 - eGFR 52, albuminuria 480 mg/g; not on dialysis.
FHx: mother - calciphylaxis while on HD, died 2017.
Letter reviewed; pt anxious.
Skin exam: trunk and limbs without livedo, nodules or ulcers; pod sites clean.
BMI 27.0. No anticoagulants.
A: no evidence of calciphylaxis; at this stage of CKD his risk is very low. Reassured.
P: SGLT2i added; ACEi continued; phosphate and PTH next visit; he will call for any painful
skin change. RTC 4 months.
"""),
]}

K20 = {"patient_id": "K20", "age": 56, "sex": "F", "notes": [
("2025-10-07", "Patient Diary (PD)", """
PD diary - Odette B.

Sept 22 - my friend Joyce from PD training has calciphylaxis from her insulin shots in her
tummy, she showed me the pictures on her phone. Scary.
Sept 28 - sore underneath my right heel from the new shoes. Went to podiatry.
Oct 2 - PD nurse gave me the leaflet. Keep heat off the skin, so my electric pad went
into the closet along with the rubber water bottle. Also rotate insulin.
Oct 5 - I do my Levemir at the back of the arms and in my tummy, rotating like they said.
Oct 6 - drains slow this morning, better after walking around.
"""),
("2025-10-08", "PD Clinic Note", """
PD CLINIC 10/08/25 - Brookhaven Home Dialysis
56F, ESRD on cycler PD; T2DM - insulin detemir; warfarin never.
Weight has run 74-79 kg this year; today 77.6 kg, BMI 29.2 (overweight).
R plantar heel: 1cm neuropathic ulcer from new shoes, clean granular base, no purpura, no
eschar, monofilament absent - a diabetic foot ulcer and not calciphylaxis; podiatry following.
Skin otherwise intact; no livedo or nodules.
Education: calciphylaxis risk reviewed given PD and phosphate 6.9 - avoid local heat,
rotate insulin sites, call promptly about any painful purplish skin.
Plan: sevelamer up; offloading insole; see in 1 month.
"""),
]}

PATIENTS = [K15, K16, K17, K18, K19, K20]
